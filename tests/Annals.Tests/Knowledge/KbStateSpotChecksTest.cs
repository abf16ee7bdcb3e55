using Annals.Knowledge;
using NodaTime;
using NodaTime.Text;

namespace Annals.Tests.Knowledge;

/// <summary>Twenty `kb state` answers across regions, each checked against a stored public page found with the
/// search tool (named beside the case). They read the same KnowledgeBase calls the command prints.</summary>
public sealed class KbStateSpotChecksTest(KnowledgeFixture fixture) : IClassFixture<KnowledgeFixture>
{
    private readonly KnowledgeBase _kb = fixture.Kb;

    private static LocalDate D(string iso) => LocalDatePattern.Iso.Parse(iso).Value;

    [Theory]
    // http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=192780 (Lee Ju-ho acting president from 00:00 on 2 May 2025)
    [InlineData("KOR", "2025-05-10", "Lee Ju-ho")]
    // http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=192778 (Han acted until Choi's 1 May resignation; Choi never took over)
    [InlineData("KOR", "2025-05-01", "Han Duck-soo")]
    // https://en.sggp.org.vn/to-lam-becomes-new-state-president-post110074.html (elected and sworn in 22 May 2024)
    [InlineData("VNM", "2024-06-01", "Tô Lâm")]
    // https://www.rferl.org/a/completing-transformation-from-prisoner-to-kyrgyz-president-japarov-sworn-in/31073787.html (28 Jan 2021)
    [InlineData("KGZ", "2023-10-12", "Sadyr Japarov")]
    public void Head_of_state(string iso3, string on, string expected) =>
        Assert.Equal(expected, _kb.HeadOfStateOn(iso3, D(on))?.Name);

    [Theory]
    // https://www.thestar.com.my/aseanplus/aseanplus-news/2025/06/13/mongolian-president039s-chief-of-staff-appointed-as-new-pm (13 Jun 2025)
    [InlineData("MNG", "2025-07-01", "Gombojavyn Zandanshatar")]
    // https://www.emirates247.com/world/sanae-takaichi-named-japan-s-first-female-prime-minister-2025-10-21-1.741989 (elected 21 Oct 2025)
    [InlineData("JPN", "2025-10-22", "Sanae Takaichi")]
    // same page: Ishiba's cabinet resigned on 21 Oct 2025, so he was still prime minister the day before
    [InlineData("JPN", "2025-10-20", "Shigeru Ishiba")]
    public void Head_of_government(string iso3, string on, string expected) =>
        Assert.Equal(expected, _kb.HeadOfGovernmentOn(iso3, D(on))?.Name);

    [Theory]
    // https://coalitionfortheicc.org/ukraine-becomes-125th-ICC-state-party (deposit 25 Oct 2024, in force 1 Jan 2025)
    [InlineData("UKR", "2025-01-01", RomeStatuteState.Party)]
    [InlineData("UKR", "2024-12-31", RomeStatuteState.Signatory)]
    // https://en.lb.ua/news/2025/01/01/34346_ukraine_becomes_party_rome_statute.html (125th state party from 1 Jan 2025)
    [InlineData("UKR", "2025-06-01", RomeStatuteState.Party)]
    public void Rome_statute_status(string iso3, string on, RomeStatuteState expected) =>
        Assert.Equal(expected, _kb.RomeStatuteOn(iso3, D(on)).Status);

    [Theory]
    // https://thisday.fyi/3/29/2004/nato-expands-with-seven-new-member-states (29 Mar 2004)
    [InlineData("EST", "NATO", "2004-04-01", true)]
    [InlineData("EST", "NATO", "2004-03-01", false)]
    // http://english.china.org.cn/international/2009-04/02/content_17541787.htm (Albania joined 1 Apr 2009)
    [InlineData("ALB", "NATO", "2009-04-02", true)]
    // https://ktvz.com/news/ap-national-news/2023/11/19/us-calls-nicaraguas-decision-to-leave-organization-of-american-states-a-step-away-from-democracy/
    [InlineData("NIC", "OAS", "2024-01-01", false)]
    // https://dailypost.ng/2024/12/15/burkina-faso-mali-niger-to-permanently-exit-ecowas-in-2025/ (exit from 29 Jan 2025)
    [InlineData("MLI", "ECOWAS", "2025-03-01", false)]
    // https://ukrweekly.com/uwwp/march-24-2014 (G7 suspended the G8 with Russia on 24 Mar 2014)
    [InlineData("RUS", "G8", "2015-01-01", false)]
    // http://m.gulfnews.com/1.919930 (GCC launched in Abu Dhabi, 25 May 1981, with Qatar among the six)
    [InlineData("QAT", "GCC", "2010-01-01", true)]
    // https://www.independent.co.ug/uganda-8-other-countries-to-become-brics-partners-from-today/ (partners from 1 Jan 2025)
    [InlineData("KAZ", "BRICS", "2025-02-01", true)]
    public void Membership_on_a_date(string iso3, string org, string on, bool active) =>
        Assert.Equal(active, _kb.MembershipsOn(iso3, D(on)).Any(m => m.OrgId == org));

    [Theory]
    // https://allafrica.com/stories/202308220387.html (AU suspended Niger on 22 Aug 2023)
    [InlineData("NER", "AU", "2024-01-01", "member_suspended")]
    // https://tass.com/world/2030403 (AU suspended Madagascar on 15 Oct 2025)
    [InlineData("MDG", "AU", "2025-11-01", "member_suspended")]
    // https://allafrica.com/stories/202505010384.html (AU lifted Gabon's suspension on 30 Apr 2025)
    [InlineData("GAB", "AU", "2025-06-01", "member")]
    public void Membership_status(string iso3, string org, string on, string status) =>
        Assert.Equal(status, Assert.Single(_kb.MembershipsOn(iso3, D(on)), m => m.OrgId == org).Status);
}
