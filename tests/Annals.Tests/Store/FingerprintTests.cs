using Annals.Store;
using Annals.Tests.Support;

namespace Annals.Tests.Store;

public sealed class FingerprintTests
{
    private static readonly string Story =
        "Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn for the three months to December, " +
        "from $639m year-earlier. The firm, which is now one of the biggest investors in Google, benefited from sales " +
        "of high-speed internet connections and higher advert sales. TimeWarner said fourth quarter sales rose 2% to " +
        "$11.1bn from $10.9bn. Its profits were buoyed by one-off gains which offset a profit dip at Warner Bros. " +
        // News articles run to hundreds of words; one changed word moves a few of their shingles, not a tenth.
        string.Join(' ', Enumerable.Range(1, 40).Select(i => $"Paragraph {i} reports figure {i * 7} for region {i * 13}."));

    [Fact]
    public void Content_hash_ignores_how_white_space_is_laid_out()
    {
        Assert.Equal(Fingerprints.ContentHash("Title", "one  two\nthree"), Fingerprints.ContentHash(" Title ", "one two\r\n three "));
        Assert.NotEqual(Fingerprints.ContentHash("Title", "one two three"), Fingerprints.ContentHash("Title", "one two four"));
        // Spaces before and after line breaks, tabs, no-break spaces and doubled spaces all make one space.
        Assert.Equal(Fingerprints.ContentHash("T", "one two three four five six"),
            Fingerprints.ContentHash("T", "one \n two\t\tthree \u00A0four  five\n\nsix\n"));
    }

    [Fact]
    public void Content_hash_is_SHA256_of_title_newline_text_so_stores_already_written_keep_matching()
    {
        Assert.Equal("a56124bea7f57b56350aec6ec732f0379a4a4f0c1262e508963c15a6b54a090f", Fingerprints.ContentHash(" Title", "one two\n three "));
        // Long enough to be hashed in several chunks, with accents and characters outside the BMP across their edges.
        var text = string.Join(' ', Enumerable.Range(0, 400).Select(i => $"w{i} \u00e9 \U0001F600"));
        Assert.Equal("da4372f747fb5fb84adbb16ef2048c3cf8e2e079c235ee9ee00db92707654e38", Fingerprints.ContentHash("T", text));
    }

    [Fact]
    public void SimHash_values_stay_those_of_stores_already_written()
    {
        // Computed by the per-bit vote definition (each shingle's hash votes +1/-1 on every bit); a faster
        // implementation must give the same bits, or near-duplicates would no longer match across runs.
        Assert.Equal(0x8e39584a7051adacUL, Fingerprints.SimHash(Story));
    }

    [Fact]
    public void SimHash_reads_accented_words_whole_and_blind_to_case()
    {
        // Words of letters outside ASCII, capitals among them, split at curly apostrophes and dashes.
        const string text = "Le Président de la République a reçu à l’Élysée les ministres de l’Économie — après la réunion de Zürich — " +
                            "où l’ÉTAT et la Bundesbank d’Österreich ont débattu des prêts aux régions côtières, puis du déficit prévu pour l’année.";
        Assert.Equal(0xcb414f56714fba96UL, Fingerprints.SimHash(text));
        Assert.Equal(Fingerprints.SimHash(text), Fingerprints.SimHash(text.ToUpperInvariant()));
    }

    [Fact]
    public void SimHash_depends_on_the_words_not_on_where_they_fall_in_the_text()
    {
        // Shifting the text by one character at a time moves every word across the scanner's blocks of sixteen; an
        // accented separator sends a block down the character-by-character path.
        var expected = Fingerprints.SimHash(Story);
        for (var shift = 1; shift <= 17; shift++)
        {
            Assert.Equal(expected, Fingerprints.SimHash(new string(' ', shift) + Story));
            Assert.Equal(expected, Fingerprints.SimHash(new string('\u00b7', shift) + Story + new string('.', shift)));
        }
    }

    [Fact]
    public void A_repost_with_a_word_changed_is_within_the_near_duplicate_distance()
    {
        var a = Fingerprints.SimHash(Story);
        var b = Fingerprints.SimHash(Story.Replace("biggest", "largest", StringComparison.Ordinal));
        Assert.InRange(Fingerprints.Distance(a, b), 0, Fingerprints.NearDuplicateDistance);
    }

    [Fact]
    public void Unrelated_texts_are_far_apart_and_short_texts_get_no_simhash()
    {
        var other = "The Lions coach named his squad for the tour of New Zealand on Monday, leaving out several players " +
                    "who had been expected to travel, and said the final decisions had been the hardest of his career so far.";
        Assert.True(Fingerprints.Distance(Fingerprints.SimHash(Story), Fingerprints.SimHash(other)) > 10);
        Assert.Equal(0UL, Fingerprints.SimHash("Too short to say anything."));
    }

    [Fact]
    public void The_index_links_a_near_duplicate_to_the_earliest_original()
    {
        var index = new NearDuplicateIndex();
        var original = Fingerprints.Of("A", Story);
        var copy = Fingerprints.Of("B", Story.Replace("biggest", "largest", StringComparison.Ordinal));
        Assert.Null(index.FindOriginal(original));
        index.Add(original);
        Assert.Equal(original, index.FindOriginal(copy));
        Assert.Null(index.FindOriginal(Fingerprints.Of("C", "Something else entirely, told at some length so that it gets a hash of its own and of no one else's.")));
    }

    [Fact]
    public void Every_exact_duplicate_group_of_the_BBC_corpus_shares_one_content_hash()
    {
        if (!SharedData.TryGet("corpora/bbc-news-2225/exact-duplicate-groups.txt", out var list)) return;
        var root = Path.GetDirectoryName(list)!;
        var readers = new Annals.Reading.ArticleReaders();
        string HashOf(string file)
        {
            var article = Assert.Single(Annals.Reading.ReadResult.FromItems(file, readers.ReadFile(Path.Combine(root, file))).Articles);
            return Fingerprints.ContentHash(article.Title, article.Text);
        }
        var groups = File.ReadAllLines(list).Where(l => l.Trim().Length > 0).Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToList();
        Assert.Equal(100, groups.Count);
        foreach (var group in groups)
            Assert.Single(group.Select(HashOf).Distinct());
    }
}
