using Annals.Pipeline;
using Annals.Tests.Support;
using Annals.Understanding.Entities;
using NodaTime;

namespace Annals.Tests.Understanding.Entities;

/// <summary>An analyst's PETRARCH or TABARI actor dictionary gives names the knowledge base lacks their codes, by date.</summary>
public sealed class PetrarchActorDictionaryTest
{
    // Fictional actors in PETRARCH's and TABARI's formats, written for these tests.
    private const string Dictionary = """
        <!-- test actors -->
        ODIN_BORSK_   ; a politician, with his offices over time
        +O._BORSK_
        	[NORGOV 20150101-20191231]
        	[NORELI >20200101]
        NORTHERN_SEA_LEAGUE_ [IGONSL]
        +NSL_
        	[IGONSL 2020]
        KAREL_DVORAK_ [CZEELI 900101-051231] [CZEGOV 060101-101231]
        MOSCOW_ [USAGOV]
        """;

    private static PetrarchActorDictionary Read() => PetrarchActorDictionary.Read("test.actors", Dictionary);

    [Fact]
    public void Records_give_phrases_a_default_code_and_dated_codes()
    {
        var actors = Read().Actors;
        var borsk = actors[0];
        Assert.Equal(["ODIN BORSK", "O. BORSK"], borsk.Phrases);
        Assert.True(borsk.IsPerson);
        Assert.Equal("NORGOV", borsk.CodeOn(new LocalDate(2018, 5, 1)));
        Assert.Equal("NORELI", borsk.CodeOn(new LocalDate(2021, 1, 1)));
        Assert.Null(borsk.CodeOn(new LocalDate(2010, 1, 1)));
        Assert.Equal("NORELI", borsk.CodeOn(null));
        Assert.Equal("test.actors:2", borsk.Provenance);

        var league = actors[1];
        Assert.False(league.IsPerson);
        Assert.Equal("IGONSL", league.CodeOn(new LocalDate(2001, 1, 1)));
    }

    [Fact]
    public void Six_digit_dates_read_years_00_to_30_as_this_century()
    {
        var dvorak = Read().Actors.Single(a => a.Phrases[0] == "KAREL DVORAK");
        Assert.Equal(new LocalDate(1990, 1, 1), dvorak.DatedCodes[0].From);
        Assert.Equal(new LocalDate(2005, 12, 31), dvorak.DatedCodes[0].To);
        Assert.Equal("CZEGOV", dvorak.CodeOn(new LocalDate(2008, 6, 1)));
    }

    [Fact]
    public void A_restriction_that_is_not_a_date_range_is_reported_with_its_line()
    {
        var skipped = Assert.Single(Read().Skipped);
        Assert.Equal("test.actors:8: '2020' is not a date restriction (YYYYMMDD-YYYYMMDD, <YYYYMMDD or >YYYYMMDD)", skipped.ToString());
    }

    [Fact]
    public void Pipelines_with_and_without_the_dictionary_on_one_thread_each_keep_their_own_names()
    {
        var withDictionary = new PipelineBuilder().UseTokenizer().UseEntities(Shared.Kb, new EntityOptions { ActorDictionaries = [Read()] }).Build();
        var article = Some.Article("Odin Borsk spoke in Oslo.", new LocalDate(2018, 5, 1));
        bool CodedBorsk(Annals.Text.Doc doc) => doc.Entities.Any(e => e.Text == "Odin Borsk" && e.Actor == "NORGOV");

        Assert.False(CodedBorsk(Shared.Pipeline.Run(article)));
        Assert.True(CodedBorsk(withDictionary.Run(article)));
        Assert.False(CodedBorsk(Shared.Pipeline.Run(article)));
    }

    [Fact]
    public void The_entity_stage_recognises_the_names_with_the_codes_of_the_articles_date()
    {
        var pipeline = new PipelineBuilder().UseTokenizer().UseEntities(Shared.Kb, new EntityOptions { ActorDictionaries = [Read()] }).Build();
        var doc = pipeline.Run(Some.Article("Odin Borsk met officials of the Northern Sea League in Moscow.", new LocalDate(2018, 5, 1)));

        var borsk = Assert.Single(doc.Entities, e => e.Text == "Odin Borsk");
        Assert.Equal(EntityType.Person, borsk.Type);
        Assert.Equal("NORGOV", borsk.Actor);
        Assert.Equal("NOR", borsk.Country);
        Assert.Null(borsk.KbId);
        var league = Assert.Single(doc.Entities, e => e.Text == "Northern Sea League");
        Assert.Equal(EntityType.Organization, league.Type);
        Assert.Equal("IGONSL", league.Actor);
        // A name the knowledge base holds keeps its own meaning: the dictionary cannot make Moscow American.
        var moscow = Assert.Single(doc.Entities, e => e.Text == "Moscow");
        Assert.Equal("RUS", moscow.Country);
    }
}
