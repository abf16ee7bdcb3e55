using Annals.Pipeline;

namespace Annals.Text.Tokenization;

/// <summary>Pipeline stage that tokenizes the text and splits it into sentences.</summary>
public sealed class TokenizerComponent : IPipelineComponent
{
    /// <inheritdoc />
    public ComponentInfo Info { get; } = new("text.tokenizer.v1", Annotations.None, Annotations.Tokens | Annotations.Sentences);

    /// <inheritdoc />
    public void Process(Doc doc)
    {
        var tokens = Tokenizer.Tokenize(doc.Text);
        doc.SetTokens(tokens);
        doc.SetSentences(SentenceSplitter.Split(doc.Text, tokens));
    }
}
