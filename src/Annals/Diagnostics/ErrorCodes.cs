namespace Annals.Diagnostics;

/// <summary>Stable error codes. Never renumber: scripts match on them.</summary>
public static class ErrorCodes
{
    /// <summary>An input file or folder does not exist.</summary>
    public const string InputMissing = "E001";
    /// <summary>An input is empty.</summary>
    public const string InputEmpty = "E002";
    /// <summary>An input holds binary data, not text.</summary>
    public const string InputBinary = "E003";
    /// <summary>An input is not valid UTF-8 (or its declared encoding).</summary>
    public const string InputEncoding = "E004";
    /// <summary>An input could not be read (permissions, I/O).</summary>
    public const string InputUnreadable = "E005";
    /// <summary>An input is larger than a reader that needs it whole will take.</summary>
    public const string InputTooLarge = "E006";
    /// <summary>A compressed (gzip) input is corrupt or truncated.</summary>
    public const string InputCompression = "E007";
    /// <summary>A feed is not well-formed XML or JSON, or not a feed at all.</summary>
    public const string FeedMalformed = "E020";
    /// <summary>An XML input declares entities (a DTD): refused, as entity expansion can exhaust memory.</summary>
    public const string XmlEntitiesRefused = "E021";
    /// <summary>A JSON Lines record is not a JSON object, or has no text.</summary>
    public const string JsonLineMalformed = "E022";
    /// <summary>A WARC record is malformed or truncated.</summary>
    public const string WarcRecordMalformed = "E023";
    /// <summary>An input is in the old ARC format, which is not read.</summary>
    public const string ArcUnsupported = "E024";
    /// <summary>A page or record holds no article text.</summary>
    public const string NoArticleText = "E025";
    /// <summary>A record is larger than the reader takes.</summary>
    public const string RecordTooLarge = "E026";
    /// <summary>A date given by the user could not be read.</summary>
    public const string BadDate = "E010";
    /// <summary>A pipeline component requires an annotation no earlier component assigns.</summary>
    public const string PipelineOrder = "E101";
    /// <summary>A pipeline builder was asked to build twice.</summary>
    public const string PipelineBuiltTwice = "E102";
    /// <summary>A pipeline description names an unknown component.</summary>
    public const string UnknownComponent = "E103";
    /// <summary>A component failed on a document.</summary>
    public const string ComponentFailed = "E110";
    /// <summary>A shipped data file is malformed.</summary>
    public const string DataMalformed = "E201";
    /// <summary>The event store is not configured (no backend chosen, or built twice).</summary>
    public const string StoreConfiguration = "E301";
    /// <summary>The store's schema is newer than this version of Annals knows.</summary>
    public const string StoreSchemaTooNew = "E302";
    /// <summary>The store file cannot be opened or is not an Annals store.</summary>
    public const string StoreUnreadable = "E303";
}
