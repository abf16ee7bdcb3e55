using Annals.Tests.Support;
using Annals.Text;
using Annals.Understanding.Entities;

namespace Annals.Tests.Understanding.Places;

/// <summary>How place names are found and which of several same-named places is chosen.</summary>
public class PlaceResolutionTest
{
    private static Doc Analyse(string text) => Shared.Pipeline.Run(Some.Article(text));

    private static EntityMention Place(Doc doc, string text) =>
        doc.Entities.FirstOrDefault(e => e.Text == text && e.Type == EntityType.Place) ?? throw new Xunit.Sdk.XunitException(
            $"no place '{text}'; found: {string.Join(", ", doc.Entities.Select(e => $"'{e.Text}' {e.Type}"))}");

    [Fact]
    public void A_parish_named_later_in_the_article_places_a_town_named_before_it()
    {
        var doc = Analyse("Alexandria woman charged with arson. Deputies from Rapides Parish investigated the fire at her home.");
        var alexandria = Place(doc, "Alexandria");
        Assert.Equal("USA", alexandria.Country);
        Assert.InRange(alexandria.Lat!.Value, 31, 31.6);
    }

    [Fact]
    public void A_town_in_a_headline_is_placed_again_beside_the_towns_the_article_names_after_it()
    {
        // Phenix City, Alabama lies across the river from Columbus, Georgia; Columbus, Ohio is the bigger namesake.
        var doc = Analyse("Columbus police seek suspect. He was last seen in Phenix City and Opelika.");
        var columbus = Place(doc, "Columbus");
        Assert.Equal("USA", columbus.Country);
        Assert.InRange(columbus.Lat!.Value, 32, 33);
    }

    [Fact]
    public void A_town_named_with_City_before_one_of_its_bodies_is_the_town_not_a_division_abroad_called_that()
    {
        // Ireland's capital is filed as the division "Dublin City"; the council of Dublin, Ohio meets beside Columbus.
        var doc = Analyse("Dublin City Council voted on Monday to rename a street. The Franklin County auditor had asked the city to act, a spokesman in Columbus said.");
        var dublin = Place(doc, "Dublin");
        Assert.Equal("USA", dublin.Country);
        Assert.InRange(dublin.Lat!.Value, 39.5, 40.5);
    }

    [Fact]
    public void The_more_a_town_is_dwarfed_by_a_namesake_the_more_backing_its_state_needs()
    {
        // Atlanta, Illinois is a village of Chicago's state, some three hundred times smaller than Atlanta, Georgia.
        var doc = Analyse("Chicago police met colleagues from Atlanta on Monday.");
        Assert.InRange(Place(doc, "Atlanta").Lat!.Value, 33.5, 34);
    }

    [Fact]
    public void A_states_name_that_the_article_reads_as_its_own_town_elsewhere_is_the_town_throughout()
    {
        var doc = Analyse("Kyle Dorn, 41, Lebanon, was charged on Friday. Lebanon Police and the Boone County Sheriff's Office searched his home in Zionsville.");
        var lebanons = doc.Entities.Where(e => e.Text == "Lebanon").ToList();
        Assert.Equal(2, lebanons.Count);
        Assert.All(lebanons, e => Assert.Equal(("USA", EntityType.Place), (e.Country, e.Type)));
    }

    [Fact]
    public void A_states_name_stays_the_state_where_the_article_names_the_state_otherwise_too()
    {
        var doc = Analyse("Lebanon Police in Indiana said the Lebanese consul had called. Fighting in Lebanon has driven families to Beirut.");
        Assert.Contains(doc.Entities, e => e is { Text: "Lebanon", Type: EntityType.State, Country: "LBN" });
    }

    [Fact]
    public void A_place_is_found_with_its_saint_written_either_way()
    {
        // GeoNames writes the Russian city "Saint Petersburg"; news writes "St. Petersburg".
        var doc = Analyse("Activists marched in St. Petersburg and other Russian cities on Saturday.");
        Assert.Equal("RUS", Place(doc, "St. Petersburg").Country);
    }

    [Theory]
    [InlineData("The service was held at St. James United Methodist Church on Sunday.", "St. James")]
    [InlineData("Her children moved to St. Michael's Catholic School last year.", "St. Michael")]
    public void A_saints_name_before_a_church_or_school_names_the_foundation_not_a_town(string text, string saint) =>
        Assert.DoesNotContain(Analyse(text).Entities, e => e.Type == EntityType.Place && e.Text.StartsWith(saint, StringComparison.Ordinal));

    [Fact]
    public void A_word_of_a_persons_name_lends_no_support_to_the_state_of_a_town_so_called()
    {
        // Sylvester is a town of Georgia alone, as are namesakes of Columbus and Cleveland; Ron Sylvester is a man.
        var doc = Analyse("Columbus officials met on Monday. Ron Sylvester, a spokesman, said the vote in Cleveland was close.");
        Assert.InRange(Place(doc, "Columbus").Lat!.Value, 39.5, 40.5);
        Assert.InRange(Place(doc, "Cleveland").Lat!.Value, 41, 42);
    }

    [Fact]
    public void A_state_the_article_names_carries_a_town_of_it_over_a_bigger_namesake_abroad()
    {
        // Dublin, Ireland is twenty times the size of Dublin, Ohio.
        var doc = Analyse("Dublin arts groups won grants this year. Groups must be registered with the State of Ohio to apply.");
        var dublin = Place(doc, "Dublin");
        Assert.Equal("USA", dublin.Country);
        Assert.InRange(dublin.Lat!.Value, 39.5, 40.5);
    }

    [Fact]
    public void A_town_dwarfed_by_a_namesake_needs_more_than_names_read_in_many_states_to_win()
    {
        // Columbia and Augusta each have towns in many states, New York among them; Rock Hill, South Carolina is far bigger than its namesake there.
        var doc = Analyse("Storms cut power in Rock Hill on Monday. Crews from Columbia and Augusta were sent to help.");
        var rockHill = Place(doc, "Rock Hill");
        Assert.Equal("USA", rockHill.Country);
        Assert.InRange(rockHill.Lat!.Value, 34.5, 35.5);
    }

    [Theory]
    [InlineData("The Florida Highway Patrol closed the road after the crash.", "Florida", "geonames-admin:US.FL")]
    [InlineData("A ruling of the Kentucky Court of Appeals was read aloud.", "Kentucky", "geonames-admin:US.KY")]
    public void A_state_opening_the_name_of_its_body_is_read_even_when_the_name_holds_a_word_for_a_road(string text, string state, string id) =>
        Assert.Equal(id, Place(Analyse(text), state).KbId);

    [Fact]
    public void A_hamlet_of_the_postal_table_is_read_beside_its_neighbours_and_standing_alone_only()
    {
        // Harwinton, Connecticut has no GeoNames entry of 500 people; its ZIP code places it beside Torrington.
        var doc = Analyse("Selectmen from Harwinton met on Monday. Observers came from Torrington and Litchfield.");
        var harwinton = Place(doc, "Harwinton");
        Assert.StartsWith("geonames-postal:US-", harwinton.KbId, StringComparison.Ordinal);
        Assert.InRange(harwinton.Lat!.Value, 41.6, 41.9);
        var named = Analyse("Selectmen met on Monday with Harwinton Smith. Observers came from Torrington and Litchfield.");
        Assert.DoesNotContain(named.Entities, e => e.Text.StartsWith("Harwinton", StringComparison.Ordinal) && e.Type == EntityType.Place);
    }

    [Fact]
    public void A_town_after_downtown_is_a_place_as_after_a_locative() =>
        Assert.Equal("USA", Place(Analyse("A water boil advisory was issued for downtown Pineville on Monday."), "Pineville").Country);

    [Theory]
    [InlineData("Missing Ill. man found in stolen car.", "Ill.")]
    [InlineData("Major Mich. utilities seek higher rates.", "Mich.")]
    public void A_states_abbreviation_with_its_period_is_read_after_a_capitalised_word(string text, string abbreviation) =>
        Assert.Equal("USA", Place(Analyse(text), abbreviation).Country);

    [Fact]
    public void An_abbreviation_whose_period_ends_the_sentence_needs_evidence_to_be_a_state()
    {
        Assert.DoesNotContain(Analyse("On Sunday he attended Mass. Then he went home.").Entities, e => e.Type == EntityType.Place);
        Assert.Equal("USA", Place(Analyse("On Sunday she moved to Mass. Then she found work."), "Mass.").Country);
    }

    [Theory]
    [InlineData("The City Council in Dayton voted on Tuesday to raise water rates.", "City")]
    [InlineData("Marchers walked along Northwest 8th Avenue in Gainesville on Friday.", "Northwest")]
    [InlineData("Cub Scouts of Pack 178 from Norfolk collected food for the pantry.", "Pack")]
    [InlineData("Police closed Dundas Street in London on Friday.", "Street")]
    public void Directions_town_words_road_words_and_numbered_units_are_not_places(string text, string word)
    {
        var doc = Analyse(text);
        Assert.DoesNotContain(doc.Entities, e => e.Text == word && e.Type is EntityType.Place or EntityType.State);
    }

    [Fact]
    public void A_state_in_a_list_of_states_is_the_state_not_a_town_named_after_it()
    {
        var oregon = Place(Analyse("Cases were reported in Ohio, Oregon, Nevada and Indiana last week."), "Oregon");
        Assert.Equal("geonames-admin:US.OR", oregon.KbId);
    }

    [Fact]
    public void A_state_named_like_a_division_of_the_articles_home_country_is_that_division_before_a_group()
    {
        var home = Analyse("ATLANTA -- Georgia officials said the storm hit Macon and Savannah. Georgia lawmakers meet in Atlanta.");
        Assert.All(home.Entities.Where(e => e.Text.StartsWith("Georgia", StringComparison.Ordinal)), e => Assert.Equal("geonames-admin:US.GA", e.KbId));
        var abroad = Analyse("Georgia officials said Russian troops had left Gori. Tbilisi welcomed the news.");
        Assert.Contains(abroad.Entities, e => e.Text == "Georgia officials" && e.Actor == "GEOGOV");
    }

    [Theory]
    [InlineData("Three themes dominated Egyptian-US relations for decades.", "Egyptian", "US")]
    [InlineData("Egypt-US talks resumed on Monday.", "Egypt", "US")]
    public void Two_states_joined_by_a_hyphen_are_both_read_even_when_one_is_written_like_a_word(string text, string first, string second)
    {
        var doc = Analyse(text);
        Assert.Contains(doc.Entities, e => e.Text == first && e.Country == "EGY");
        Assert.Contains(doc.Entities, e => e.Text == second && e.Country == "USA");
    }

    [Theory]
    [InlineData("She grew up in Wheeling, W.Va., and moved away.", "W.Va.")]
    [InlineData("She grew up in Wheeling, W. Va., and moved away.", "W. Va.")]
    public void A_state_abbreviation_written_solid_or_spaced_is_the_state(string text, string abbreviation) =>
        Assert.Equal("geonames-admin:US.WV", Place(Analyse(text), abbreviation).KbId);

    [Fact]
    public void Small_towns_abroad_do_not_outweigh_a_foreign_city_with_no_local_evidence()
    {
        var doc = Analyse("The exhibition moves from London to Glasgow next month.");
        Assert.Equal("GBR", Place(doc, "London").Country);
        Assert.Equal("GBR", Place(doc, "Glasgow").Country);
    }

    [Fact]
    public void A_world_city_in_a_dateline_keeps_its_sense_when_the_wire_is_about_another_country()
    {
        var doc = Analyse("LONDON, March 3 - A Canadian bank is issuing a 100 mln Canadian dlr bond, the lead manager said. Canada's government guarantees it.");
        Assert.Equal("GBR", Place(doc, "LONDON").Country);
    }

    [Fact]
    public void A_qualifier_in_the_dateline_still_chooses_the_smaller_namesake()
    {
        var doc = Analyse("LONDON, Ontario, March 3 - A Canadian insurer said profits rose in the quarter.");
        Assert.Equal("CAN", Place(doc, "LONDON").Country);
    }

    [Fact]
    public void A_big_city_is_not_read_as_a_small_namesake_on_a_country_named_in_passing()
    {
        var doc = Analyse("The American mining company said it would open an office in Toronto next year.");
        Assert.Equal("CAN", Place(doc, "Toronto").Country);
    }

    [Fact]
    public void A_small_namesake_wins_when_the_article_names_its_state()
    {
        var doc = Analyse("The fair opens in Paris on Friday. Lamar County and Texas officials expect thousands of visitors.");
        Assert.Equal("USA", Place(doc, "Paris").Country);
    }

    [Fact]
    public void A_dateline_may_follow_the_headline()
    {
        var e = Place(Analyse("Council approves budget for new library. MANSFIELD — The city council voted 5-2 on Monday to approve the budget."), "MANSFIELD");
        Assert.Equal("dateline", e.Rule);
    }

    [Fact]
    public void A_capital_opening_the_name_of_a_local_building_is_a_place()
    {
        var e = Place(Analyse("Residents gathered at the Dublin Community Recreation Center on Monday evening."), "Dublin");
        Assert.Equal(EntityType.Place, e.Type);
    }

    [Fact]
    public void A_number_word_opening_the_sentence_is_no_first_name()
    {
        Assert.Equal("USA", Place(Analyse("Three Philadelphia police officers were hurt in the crash."), "Philadelphia").Country);
    }

    [Fact]
    public void A_headline_names_the_town_the_article_places_later()
    {
        var doc = Analyse("Decatur lights up downtown. Decatur city officials said the new lamps on the square near Atlanta would save money.");
        var places = doc.Entities.Where(e => e.Text == "Decatur" && e.Type == EntityType.Place).ToList();
        Assert.Equal(2, places.Count);
        Assert.All(places, p => Assert.Equal(places[1].KbId, p.KbId));
    }

    [Fact]
    public void A_name_the_article_places_is_not_spread_to_a_street_named_after_it()
    {
        var doc = Analyse("Police in Wichita said the crash happened on Wichita Street near the river.");
        Assert.Single(doc.Entities, e => e.Text == "Wichita");
    }

    [Fact]
    public void A_state_opening_the_name_of_its_own_agency_is_the_state()
    {
        var doc = Analyse("A crash closed the road near Moorhead, Minn., on Friday. The Minnesota State Patrol urged drivers to stay home.");
        Assert.Equal("geonames-admin:US.MN", Place(doc, "Minnesota").KbId);
    }

    [Fact]
    public void Places_inside_hyphenated_words_are_found_with_their_own_characters()
    {
        const string text = "Rep. Ann Lee, D-Minneapolis, praised the Albany-based charity. Floods hit Fargo-Moorhead and towns near Duluth, Minn.";
        var doc = Analyse(text);
        var minneapolis = Place(doc, "Minneapolis");
        Assert.Equal("Minneapolis", text[minneapolis.Range.Start..minneapolis.Range.End]);
        Assert.Equal("USA", minneapolis.Country);
        Assert.Equal("USA", Place(doc, "Albany").Country);
        Assert.Equal("USA", Place(doc, "Fargo").Country);
        Assert.Equal("USA", Place(doc, "Moorhead").Country);
    }

    [Fact]
    public void An_abbreviated_state_opening_an_agency_name_is_the_state()
    {
        var doc = Analyse("The U.S. Department of Education said the grants would reach schools in Ohio.");
        Assert.Contains(doc.Entities, e => e.Text == "U.S." && e.Type == EntityType.State && e.Country == "USA");
    }

    [Fact]
    public void A_state_name_opening_a_person_s_name_is_not_read_as_the_state()
    {
        var doc = Analyse("Chad Klimack wrote the story about the new fire station.");
        Assert.DoesNotContain(doc.Entities, e => e.Type == EntityType.State);
    }

    [Fact]
    public void A_small_town_listed_beside_a_city_of_its_country_is_a_place()
    {
        var doc = Analyse("Kisumu, Wajir and Mandera are among the worst affected districts.");
        Assert.Equal("KEN", Place(doc, "Wajir").Country);
    }

    [Fact]
    public void A_university_named_after_its_state_names_the_state()
    {
        var doc = Analyse("She is a professor of astronomy at the University of Kentucky in Lexington.");
        Assert.Equal("geonames-admin:US.KY", Place(doc, "Kentucky").KbId);
        Assert.DoesNotContain(doc.Entities, e => e.Text == "University");
    }

    [Fact]
    public void The_state_of_a_party_tag_is_a_place()
    {
        var doc = Analyse("The bill was backed by Sen. Ann Reed, D-N.Y., and Rep. Tom Hale, R-Calif., on Monday.");
        Assert.Equal("geonames-admin:US.NY", Place(doc, "N.Y.").KbId);
        Assert.Equal("geonames-admin:US.CA", Place(doc, "Calif.").KbId);
    }

    [Fact]
    public void The_residents_of_a_state_name_the_state()
    {
        var doc = Analyse("The plan would cost Ohioans and New Yorkers more for power next year.");
        Assert.Equal("geonames-admin:US.OH", Place(doc, "Ohioans").KbId);
        Assert.Equal("geonames-admin:US.NY", Place(doc, "New Yorkers").KbId);
    }

    [Fact]
    public void A_name_shared_by_the_capital_and_a_state_is_the_capital_unless_written_as_the_state()
    {
        var capital = Place(Analyse("Lawmakers in Washington passed the bill on Monday. Boise and Reno were next."), "Washington");
        Assert.Equal("geonames:4140963", capital.KbId);
        Assert.Equal("geonames-admin:US.WA", Place(Analyse("Farmers in Washington state lost crops near Yakima."), "Washington").KbId);
        Assert.Equal("geonames-admin:US.WA", Place(Analyse("She moved from Seattle, Washington, to Tacoma."), "Washington").KbId);
        Assert.Equal("geonames-admin:US.WA", Place(Analyse("Cases were found in Oregon, Washington and Idaho."), "Washington").KbId);
    }

    [Fact]
    public void A_town_before_a_local_noun_is_a_place_even_after_a_capitalised_article()
    {
        Assert.Equal("USA", Place(Analyse("Crash injures Albany driver. The road was closed on Monday."), "Albany").Country);
        var doc = Analyse("Arrest made. Officers say — An Albany man was taken into custody on Monday.");
        Assert.Equal("USA", Place(doc, "Albany").Country);
    }

    [Fact]
    public void Names_listed_before_counties_are_the_counties()
    {
        var doc = Analyse("Schools in Barrow and Gwinnett counties closed on Monday.");
        Assert.Equal("geonames-admin:US.GA.013", Place(doc, "Barrow").KbId);
        Assert.Equal("geonames-admin:US.GA.135", Place(doc, "Gwinnett").KbId);
        Assert.Equal("geonames:5880054", Place(Analyse("Flights to Barrow and Fairbanks were cancelled."), "Barrow").KbId);
    }

    [Fact]
    public void A_county_named_without_the_word_is_the_county_when_the_article_supports_it()
    {
        var listed = Analyse("School boards in Barrow and Jackson counties met on Monday. Clarke and Oconee will vote next week.");
        Assert.Equal("geonames-admin:US.GA.059", Place(listed, "Clarke").KbId);
        Assert.Equal("geonames-admin:US.GA.219", Place(listed, "Oconee").KbId);
        var again = Analyse("A water main broke in DeKalb County, Georgia, on Monday. DeKalb police closed the road for an hour.");
        Assert.All(again.Entities.Where(e => e.Text == "DeKalb"), e => Assert.Equal("geonames-admin:US.GA.089", e.KbId));
        Assert.Equal("geonames-admin:US.TN.105", Place(Analyse("A Loudon Co. man died in a wreck, the Tennessee Highway Patrol said."), "Loudon Co.").KbId);
    }

    [Theory]
    [InlineData("Clarke said the vote was close. Barrow County and Jackson County schools in Georgia reopened.")]
    [InlineData("He saw Jackson County and Barrow County in Georgia. The choir sang of the King of kings.")]
    [InlineData("Clarke and Oconee were not mentioned in any other way.")]
    public void A_name_that_may_be_a_county_is_no_place_without_the_article_speaking_of_counties_there(string text)
    {
        var doc = Analyse(text);
        Assert.DoesNotContain(doc.Entities, e => e.Text is "Clarke" or "Oconee" or "King" && e.Type == EntityType.Place);
    }

    [Fact]
    public void A_country_name_opening_a_local_body_in_a_home_town_paper_is_the_home_town()
    {
        var doc = Analyse("Deputies in Boone County, Indiana, searched the home. Lebanon Police arrested the man after a traffic stop near Zionsville and Thorntown.");
        var lebanon = Place(doc, "Lebanon");
        Assert.Equal("USA", lebanon.Country);
        Assert.InRange(lebanon.Lat!.Value, 39.5, 40.5);
        var abroad = Analyse("Beirut was calm. Lebanon police said the Lebanese army guarded the border.");
        Assert.DoesNotContain(abroad.Entities, e => e.Text == "Lebanon" && e.Country == "USA");
    }

    [Fact]
    public void A_capitalised_word_opening_a_sentence_does_not_make_a_place_a_name_for_the_whole_article()
    {
        var doc = Analyse("Missing Lancaster girl found. A Lancaster mother told deputies in Palmdale that her daughter was taken.");
        Assert.Equal("USA", Place(doc, "Lancaster").Country);
        var headline = Analyse("Mayor Joins Sochi Council Race. The election in Sochi is set for April.");
        Assert.Equal("RUS", Place(headline, "Sochi").Country);
    }

    [Fact]
    public void Hyphenated_words_running_into_the_words_beside_them_name_the_longer_place()
    {
        Assert.Equal("San Jose", Place(Analyse("A San Jose-based court of appeal ruled, lawyers in Oakland and Sacramento said."), "San Jose").Name);
        var tags = Analyse("The bill was backed by Sen. Ann Lee, D-Iowa City, and Rep. Tom Berg, R-Des Moines, in Iowa.");
        Assert.Equal("Iowa City", Place(tags, "Iowa City").Name);
        var joined = Analyse("The Springfield-Greene County health department in Missouri counted 84 cases.");
        Assert.Equal("geonames-admin:US.MO.077", Place(joined, "Greene County").KbId);
        Assert.Equal("USA", Place(joined, "Springfield").Country);
        // Dade County lies in Georgia and Missouri, not beside Miami: a county joined to a town must share its state.
        Assert.DoesNotContain(Analyse("Miami-Dade police arrested a man in Miami, Florida.").Entities, e => e.Text == "Dade");
    }

    [Fact]
    public void A_county_that_holds_one_of_a_towns_namesakes_places_the_town_in_it()
    {
        // Richmond, Virginia is six times bigger, but of the many Madison Counties only Kentucky's holds a Richmond.
        var doc = Analyse("A foundation gave a grant to the shelter in Richmond. Madison County officials thanked the donors.");
        var richmond = Place(doc, "Richmond");
        Assert.Equal("USA", richmond.Country);
        Assert.InRange(richmond.Lon!.Value, -85, -84);
    }

    [Fact]
    public void A_capital_that_shares_a_county_with_another_name_is_the_town_not_the_government()
    {
        var doc = Analyse("The Athens Police Department arrested a man on Monday. Henderson County deputies helped.");
        var athens = Place(doc, "Athens");
        Assert.Equal("USA", athens.Country);
        Assert.InRange(athens.Lat!.Value, 31.5, 33);
    }

    [Fact]
    public void A_state_abbreviated_after_an_initial_is_the_state()
    {
        var doc = Analyse("CHARLESTON, W.Va. -- Volunteers cleaned the banks of the river on Saturday.");
        Assert.Equal("geonames-admin:US.WV", Place(doc, "W.Va.").KbId);
        Assert.InRange(Place(doc, "CHARLESTON").Lat!.Value, 38, 38.7);
    }

    [Fact]
    public void A_states_adjective_before_a_noun_is_the_state_not_a_town_of_that_name()
    {
        // Canadian is a town of Texas; here it is Canada's adjective.
        var doc = Analyse("\"I got tired of Canadian winters,\" said the engineer, who moved to Dallas, Texas, in 1998.");
        Assert.Equal(("CAN", EntityType.State), (doc.Entities.Single(e => e.Text == "Canadian").Country, doc.Entities.Single(e => e.Text == "Canadian").Type));
    }

    [Theory]
    [InlineData("Whales were seen off the Farallon Islands on Monday, a ranger said.", "Islands")]
    [InlineData("The Town of Groton approved its budget on Monday.", "Town")]
    [InlineData("Police patrolled the North Side after the shooting on Monday.", "North Side")]
    public void A_generic_word_heading_a_name_the_gazetteer_lacks_is_no_division_abroad(string text, string word)
    {
        Assert.DoesNotContain(Analyse(text).Entities, e => e.Text == word && e.Type == EntityType.Place);
    }

    [Fact]
    public void A_countrys_name_is_not_read_as_a_village_of_a_state_the_article_names_without_a_place_near_it()
    {
        // Italy is a village of Ellis County, Texas; nothing the article places lies near it.
        var doc = Analyse("The Gainesville crew flew over Texas in 1944, then served in the Middle East, Italy and Russia.");
        Assert.Equal(("ITA", EntityType.State), (doc.Entities.Single(e => e.Text == "Italy").Country, doc.Entities.Single(e => e.Text == "Italy").Type));
    }

    [Fact]
    public void A_village_nothing_places_does_not_outweigh_a_division_abroad_a_hundred_times_its_size()
    {
        // England, Arkansas has some 2,800 people; Arkansas is not named and nothing placed lies near it.
        var doc = Analyse("Glendale and Los Angeles museums hold a tile brought from England by a collector.");
        Assert.Equal("GBR", doc.Entities.Single(e => e.Text == "England").Country);
    }

    [Fact]
    public void The_word_state_after_a_name_shared_by_a_country_and_a_state_makes_it_the_state()
    {
        var doc = Analyse("The cooperative serves customers from the Kentucky border to the Georgia state line.");
        Assert.Equal("USA", doc.Entities.Single(e => e.Text == "Georgia").Country);
    }

    [Fact]
    public void A_name_read_as_a_state_later_in_the_article_is_that_state_where_it_came_first()
    {
        var doc = Analyse("The drought is over in most of north Georgia, forecasters said. Rain fell on Atlanta and across Georgia on Tuesday.");
        Assert.All(doc.Entities.Where(e => e.Text == "Georgia"), e => Assert.Equal("USA", e.Country));
    }

    [Theory]
    [InlineData("Former Arkansas Gov. Mike Huckabee campaigned in Roanoke on Monday.", "Arkansas")]
    [InlineData("Former Hall County official named to a state post.", "Hall County")]
    public void A_word_that_qualifies_a_person_opening_the_sentence_is_no_part_of_a_name(string text, string place)
    {
        Assert.Contains(Analyse(text).Entities, e => e.Text == place && e is { Type: EntityType.Place, Country: "USA" });
    }
}
