using System.Text;
using Annals.Store.Sqlite;
using Annals.Text;
using Annals.Understanding.Entities;

namespace Annals.Tests.Store;

/// <summary>An article's mentions are stored as one JSON array; entries mentioned again must still be written with each mention's own values.</summary>
public sealed class MentionsColumnTests
{
    [Fact]
    public void Each_mention_is_an_array_of_its_offsets_type_text_and_knowledge_base_values()
    {
        using var column = new MentionsColumn();

        var json = Json(column,
            Mention(0, 5, "Paris", EntityType.Place, "gn:2988507", "Paris", null, "FRA", 48.85341, 2.3488),
            Mention(10, 21, "Jane Okafor", EntityType.Person, null, null, null, null, null, null));

        Assert.Equal("""[[0,5,"place","Paris","gn:2988507","Paris",null,"FRA",48.85341,2.3488],[10,21,"person","Jane Okafor",null,null,null,null,null,null]]""", json);
    }

    [Fact]
    public void An_entry_mentioned_again_with_other_values_is_written_with_the_new_values()
    {
        using var column = new MentionsColumn();
        var first = Json(column, Mention(0, 5, "Paris", EntityType.Place, "gn:2988507", "Paris", null, "FRA", 48.85341, 2.3488));

        var again = Json(column,
            Mention(3, 8, "Paris", EntityType.Place, "gn:2988507", "Paris", null, "FRA", 48.85341, 2.3488),
            Mention(20, 30, "the \"City\"", EntityType.Place, "gn:2988507", "Paris, Île-de-France", "FRA", "FRA", 48.9, -2.5));

        Assert.Equal("""[[0,5,"place","Paris","gn:2988507","Paris",null,"FRA",48.85341,2.3488]]""", first);
        Assert.Equal("""[[3,8,"place","Paris","gn:2988507","Paris",null,"FRA",48.85341,2.3488],[20,30,"place","the \"City\"","gn:2988507","Paris, Île-de-France","FRA","FRA",48.9,-2.5]]""", again);
    }

    private static string Json(MentionsColumn column, params EntityMention[] mentions) => Encoding.UTF8.GetString(column.Write(mentions));

    private static EntityMention Mention(int start, int end, string text, EntityType type, string? kbId, string? name, string? actor, string? country, double? lat, double? lon) => new()
    {
        Range = new TextRange(start, end),
        FirstToken = 0,
        EndToken = 1,
        Text = text,
        Type = type,
        KbId = kbId,
        Name = name,
        Actor = actor,
        Country = country,
        Lat = lat,
        Lon = lon,
    };
}
