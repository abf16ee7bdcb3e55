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
