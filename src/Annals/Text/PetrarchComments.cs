using System.Text;

namespace Annals.Text;

/// <summary>Comments as PETRARCH and TABARI dictionaries write them: <c>#</c> or <c>;</c> to the line's end, <c>&lt;!-- --&gt;</c> across lines.</summary>
internal static class PetrarchComments
{
    /// <summary>The line without its comments; <paramref name="inComment"/> carries an open <c>&lt;!--</c> to the next line.</summary>
    public static string Strip(string line, ref bool inComment)
    {
        var result = new StringBuilder();
        var i = 0;
        while (i < line.Length)
        {
            if (inComment)
            {
                var end = line.IndexOf("-->", i, StringComparison.Ordinal);
                if (end < 0) return result.ToString();
                inComment = false;
                i = end + 3;
                continue;
            }
            var open = line.IndexOf("<!--", i, StringComparison.Ordinal);
            var hash = line.IndexOfAny(['#', ';'], i);
            if (hash >= 0 && (open < 0 || hash < open)) return result.Append(line, i, hash - i).ToString();
            if (open < 0) return result.Append(line, i, line.Length - i).ToString();
            result.Append(line, i, open - i);
            inComment = true;
            i = open + 4;
        }
        return result.ToString();
    }
}
