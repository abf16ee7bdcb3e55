#!/usr/bin/env python3
"""Verified corrections and citations for rows the shared tables hold from memory (S-MEM / from-memory).

Each patch names a file of data/kb, a `match` (column -> value; every column must equal) and either
`set` (columns to overwrite) or `delete=True`. make_kb.py applies these patches to every table it writes,
so a re-import reproduces the verified data; running this file alone applies them in place to data/kb/*.tsv
(idempotent: a patch whose match no longer finds a row but whose `set` values are already present is fine).

Every `source` set here is the stored public page the fact was checked against (search tool, corpora
`pages`/`docs`); only facts (dates, names, codes) were taken from it.
Usage: python3 tools/kb/verified.py        # apply to data/kb in place
"""
import os
import sys

# The overlap flag of leaders.notes: terms of the same post that may overlap start their notes with one of these.
OVERLAP_FLAGS = ("[collective]", "[rival]", "[acting-for]", "[concurrent-office]")

P = []


def patch(table, match, delete=False, **set_):
    P.append(dict(table=table, match=match, delete=delete, set=set_))


def leader(iso3, role, person_id, since, delete=False, **set_):
    roles = ("head_of_state", "head_of_government") if role == "both" else (role,)
    for r in roles:
        patch("leaders.tsv", dict(iso3=iso3, role=r, person_id=person_id, since=since), delete, **set_)


def member(org, iso3, delete=False, **set_):
    patch("memberships.tsv", dict(org=org, iso3=iso3), delete, **set_)


# ---- the patches (see the sections below) ----
# ---- leaders ----
KBS_LEE = "http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=192778"
# Choi Sang-mok resigned at 22:28 on 2025-05-01, before he would have become acting president at midnight;
# Han Duck-soo acted until then and Lee Ju-ho took over at 00:00 on 2025-05-02. Choi never acted a second time.
leader("KOR", "both", "choi-sang-mok", "2025-05-01", delete=True)
leader("KOR", "both", "han-duck-soo", "2025-03-24", until="2025-05-02",
       source="https://en.wikipedia.org/wiki/Impeachment_of_Han_Duck-soo|" + KBS_LEE)
leader("KOR", "both", "lee-ju-ho", "2025-05-02", source="https://github.com/cfmessias/geografia/blob/2e1e3b9cf6bff86186ae26376a2deafdbd9c67e3/data/leaders_history.csv|" + KBS_LEE)

# ---- memberships ----
def members(org, iso3s, source, confidence="high", **extra):
    for c in iso3s:
        member(org, c, source=source, confidence=confidence, **extra)

NATO_1949_52 = "https://lexicals.info/?p=859"
members("NATO", ["GRC", "TUR", "DEU", "ESP"], NATO_1949_52)
members("NATO", ["CZE", "HUN", "POL"], "https://tvpworld.com/76689987/seven-cee-nations-mark-20-years-in-nato")
members("NATO", ["BGR", "EST", "LVA", "LTU", "ROU", "SVK", "SVN"], "https://thisday.fyi/3/29/2004/nato-expands-with-seven-new-member-states")
members("NATO", ["ALB", "HRV"], "http://english.china.org.cn/international/2009-04/02/content_17541787.htm")
members("BRICS", ["BLR", "BOL", "KAZ", "CUB", "MYS", "THA", "UGA", "UZB"],
        "https://www.independent.co.ug/uganda-8-other-countries-to-become-brics-partners-from-today/")
member("LAS", "SYR", source="https://www.anews.com.tr/world/2023/05/07/arab-states-agree-on-return-of-assad-regime-to-arab-league",
       notes="suspended 2011-11 (day 16 from memory), readmitted 2023-05-07")
member("AU", "NER", source="S-WP-AU|https://allafrica.com/stories/202308220387.html", confidence="high")
member("AU", "GAB", source="S-WP-AU|https://allafrica.com/stories/202505010384.html|https://www.thepearldream.com/african-union-suspends-gabons-participation-in-all-its-activities/",
       confidence="high")
member("OAS", "NIC", source="https://ktvz.com/news/ap-national-news/2023/11/19/us-calls-nicaraguas-decision-to-leave-organization-of-american-states-a-step-away-from-democracy/|https://news-pravda.com/world/2023/11/20/191554.html",
       confidence="high")
members("ECOWAS", ["BFA", "MLI", "NER"], "https://dailypost.ng/2024/12/15/burkina-faso-mali-niger-to-permanently-exit-ecowas-in-2025/")
# The African Union's G20 seat was filed under iso3 AUS (Australia) instead of member_org AU.
patch("memberships.tsv", dict(org="G20", iso3="AUS", since="2023-09-09"), iso3="", member_org="AU",
      source="S-WP-G20|http://en.people.cn/n3/2023/0909/c90000-20069735.html")


member("AU", "BFA", source="S-WP-AU|https://www.news24.com/news24/africa/news/african-union-suspends-burkina-faso-after-coup-20220131", confidence="high")
member("AU", "MDG", source="S-WP-AU|https://tass.com/world/2030403", confidence="high",
       notes="OAU member; AU founded 2002-07-09; suspended 2025-10-15 after military takeover")
member("OAS", "VEN", source="https://www.efe.com/efe/english/portada/venezuela-formally-withdraws-from-oas/50000260-3252030|https://vz.ru/amp/news/2019/4/10/972499.html",
       confidence="high")
member("G8", "RUS", source="S-WP-G7|https://ukrweekly.com/uwwp/march-24-2014")
members("G20", ["ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "MEX", "RUS", "SAU", "ZAF",
                "KOR", "TUR", "GBR", "USA"], "S-WP-G20|http://en.chinagate.cn/features/g20/content_16768452.htm")
patch("memberships.tsv", dict(org="G20", member_org="EU"), source="S-WP-G20|http://en.chinagate.cn/features/g20/content_16768452.htm")
members("GCC", ["BHR", "KWT", "OMN", "QAT", "SAU", "ARE"], "S-WP-GCC|http://m.gulfnews.com/1.919930")

# ---- overlap flags of leaders.tsv (terms of one post that legitimately overlap) ----
# [collective] joint or plural heads; [rival] rival or contested authorities shown side by side;
# [acting-for] an acting holder while the substantive holder was suspended, incapacitated or on leave;
# [concurrent-office] a different office counted under the same post (federal vs republic president,
# nominal head beside the supreme leader).
def flag_rows(tag, rows):
    for iso3, role, pid, since in rows:
        leader(iso3, role, pid, since, flag=tag)

flag_rows("[rival]", [
    ("AFG", "head_of_state", "mohammed-omar", "1996-09-27"),
    ("CIV", "head_of_state", "alassane-ouattara", "2010-12-04"), ("CIV", "head_of_government", "gilbert-ake", "2010-12-06"),
    ("KGZ", "head_of_state", "kurmanbek-bakiyev", "2005-03-25"), ("KGZ", "head_of_state", "roza-otunbayeva", "2010-04-07"),
    ("LBY", "head_of_state", "mustafa-abdul-jalil", "2011-03-05"), ("LBY", "head_of_state", "aguila-saleh-issa", "2014-08-05"),
    ("LBY", "head_of_government", "mahmoud-jibril", "2011-03-23"), ("LBY", "head_of_government", "omar-al-hassi", "2014-08-25"),
    ("LBY", "head_of_government", "khalifa-al-ghawil", "2015-03-31"), ("LBY", "head_of_government", "fayez-al-sarraj", "2016-03-30"),
    ("LBY", "head_of_government", "fathi-bashagha", "2022-03-03"), ("LBY", "head_of_government", "osama-hammad", "2023-05-16"),
    ("MDG", "head_of_state", "marc-ravalomanana", "2002-02-22"), ("MDG", "head_of_government", "jacques-sylla", "2002-02-26"),
    ("STP", "head_of_state", "fernando-pereira", "2003-07-16"),
    ("VEN", "both", "pedro-carmona", "2002-04-12"), ("VEN", "both", "juan-guaido", "2019-01-23"),
    ("YEM", "head_of_state", "saleh-ali-al-sammad", "2016-08-15"), ("YEM", "head_of_state", "mahdi-al-mashat", "2018-04-25"),
])
flag_rows("[acting-for]", [
    ("BRA", "both", "michel-temer", "2016-05-12"), ("CIV", "head_of_government", "patrick-achi", "2021-03-08"),
    ("CUB", "both", "raul-castro", "2006-07-31"), ("ISR", "head_of_government", "ehud-olmert", "2006-01-04"),
    ("ISR", "head_of_state", "dalia-itzik", "2007-01-25"),
    ("KOR", "both", "goh-kun", "2004-03-12"), ("KOR", "both", "hwang-kyo-ahn", "2016-12-09"),
    ("KOR", "both", "han-duck-soo", "2024-12-14"), ("KOR", "both", "choi-sang-mok", "2024-12-27"),
    ("KOR", "both", "han-duck-soo", "2025-03-24"),
    ("MLI", "head_of_government", "abdoulaye-maiga", "2022-08-21"), ("NGA", "both", "goodluck-jonathan", "2010-02-09"),
    ("NPL", "head_of_state", "girija-prasad-koirala", "2007-01-15"),
    ("PNG", "head_of_government", "sam-abal", "2010-12-13"), ("PNG", "head_of_government", "sam-abal", "2011-04-04"),
    ("ROU", "head_of_state", "nicolae-vacaroiu", "2007-04-20"), ("ROU", "head_of_state", "crin-antonescu", "2012-07-10"),
    ("SLV", "both", "claudia-rodriguez-de-guevara", "2023-12-01"),
    ("THA", "head_of_government", "prawit-wongsuwan", "2022-08-24"),
    ("THA", "head_of_government", "suriya-juangroongruangkit", "2025-07-01"),
    ("THA", "head_of_government", "phumtham-wechayachai", "2025-07-03"),
    ("VEN", "both", "diosdado-cabello", "2002-04-13"),
])
flag_rows("[concurrent-office]", [
    ("PRK", "head_of_state", "kim-yong-nam", "1998-09-05"),
    ("SRB", "head_of_state", "slobodan-milosevic", "1997-07-23"), ("SRB", "head_of_state", "vojislav-kostunica", "2000-10-07"),
    ("SRB", "head_of_state", "svetozar-marovic", "2003-03-07"),
])
flag_rows("[collective]", [("NIC", "both", "rosario-murillo", "2025-02-18")])
for _office in ("BIH", "AND"):
    patch("leaders.tsv", dict(iso3=_office, role="head_of_state"), flag="[collective]")


def flag(notes, tag):
    notes = notes or ""
    if notes.startswith(tag):
        return notes
    return (tag + " " + notes).strip()


def apply(table, rows):
    """Applies the patches for `table` to a list of dict rows; returns the new list."""
    out = list(rows)
    for p in P:
        if p["table"] != table:
            continue
        hits = [r for r in out if all((r.get(k) or "") == v for k, v in p["match"].items())]
        if p["delete"]:
            out = [r for r in out if r not in hits]
            continue
        for r in hits:
            for k, v in p["set"].items():
                if k == "flag":
                    r["notes"] = flag(r.get("notes"), v)
                else:
                    r[k] = v
    if table == "memberships.tsv":
        # A row that still cites only the compiler's memory is flagged, whatever confidence the shared table gave it.
        for r in out:
            if [x for x in (r.get("source") or "").split("|") if x] == ["S-MEM"]:
                r["confidence"] = "unverified"
    return out


def main():
    sys.path.insert(0, os.path.dirname(__file__))
    import make_kb as M
    for table in sorted({p["table"] for p in P}):
        path = os.path.join(M.OUT, table)
        with open(path, encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
        rows = apply(table, M.read(path))
        M.write(table, header, rows)


if __name__ == "__main__":
    main()
