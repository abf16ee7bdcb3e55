using System.Text;
using System.Xml;
using NodaTime;
using NodaTime.Text;

namespace Annals.Understanding.Times;

/// <summary>A TimeML (TempEval-3) document reduced to the plain text of its body and the gold TIMEX3 spans in it.</summary>
/// <remarks>Immutable. Only the <c>&lt;TEXT&gt;</c> element is kept; the creation-time TIMEX3 becomes <see cref="Created"/>.</remarks>
public sealed record TempEvalDocument(string Id, LocalDate? Created, string Text, IReadOnlyList<TempEvalTimex> Timexes)
{
    /// <summary>Reads a <c>.tml</c> file: strips the tags of its body, keeping the offsets of each TIMEX3.</summary>
    public static TempEvalDocument Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, IgnoreWhitespace = false, XmlResolver = null };
        using var reader = XmlReader.Create(path, settings);
        var text = new StringBuilder();
        var timexes = new List<TempEvalTimex>();
        LocalDate? created = null;
        var inText = false;
        var inDct = false;
        (int Start, string Type, string Value)? open = null;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element when reader.Name == "TEXT":
                    inText = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when reader.Name == "TEXT":
                    inText = false;
                    break;
                case XmlNodeType.Element when reader.Name == "DCT":
                    inDct = !reader.IsEmptyElement;
                    break;
                case XmlNodeType.EndElement when reader.Name == "DCT":
                    inDct = false;
                    break;
                case XmlNodeType.Element when reader.Name == "TIMEX3":
                {
                    var value = reader.GetAttribute("value") ?? "";
                    if (inDct || reader.GetAttribute("functionInDocument") == "CREATION_TIME")
                    {
                        var date = LocalDatePattern.Iso.Parse(value.Length >= 10 ? value[..10] : value);
                        if (date.Success) created = date.Value;
                    }
                    else if (inText && !reader.IsEmptyElement)
                    {
                        open = (text.Length, reader.GetAttribute("type") ?? "", value);
                    }
                    break;
                }
                case XmlNodeType.EndElement when reader.Name == "TIMEX3" && open is { } o:
                    timexes.Add(new TempEvalTimex(o.Start, text.Length, o.Type, o.Value, text.ToString(o.Start, text.Length - o.Start)));
                    open = null;
                    break;
                case XmlNodeType.Text or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace or XmlNodeType.CDATA when inText:
                    text.Append(reader.Value);
                    break;
            }
        }
        return new TempEvalDocument(Path.GetFileNameWithoutExtension(path), created, text.ToString(), timexes);
    }
}
