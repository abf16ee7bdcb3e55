"""Editorial additions to the knowledge base that no stored table supplies.

Every value here is restated from the compiler's general knowledge (source id S-MEM) unless a
comment names another source; make_kb.py marks the rows it touches accordingly.
Edit this file, rerun make_kb.py, review the diff of data/kb/.
"""

# iso3 -> (aliases, adjectives, demonyms, seats_of_power). Aliases add to those of the packages.
# Surnames and capitals are deliberately absent: capitals are resolved by code.
NAMES = {
    "USA": ("US|U.S.|USA|U.S.A.|America|United States of America", "American|US|U.S.", "Americans", "the White House|the Oval Office|the Pentagon|Capitol Hill|Foggy Bottom"),
    "GBR": ("UK|U.K.|Britain|Great Britain|United Kingdom of Great Britain and Northern Ireland", "British|UK", "Britons|British", "Downing Street|Whitehall|Number 10|Westminster"),
    "RUS": ("Russian Federation|Rossiya", "Russian", "Russians", "the Kremlin"),
    "CHN": ("PRC|People's Republic of China|Mainland China", "Chinese", "Chinese", "Zhongnanhai"),
    "FRA": ("French Republic", "French", "French|Frenchmen", "the Elysee|the Élysée|Elysee Palace|Élysée Palace|Quai d'Orsay|Matignon"),
    "DEU": ("Federal Republic of Germany", "German", "Germans", "the Chancellery|Bundeskanzleramt"),
    "JPN": ("Nippon", "Japanese", "Japanese", "Kasumigaseki|Kantei"),
    "KOR": ("Republic of Korea|ROK|Korea, South", "South Korean", "South Koreans", "the Blue House|Cheong Wa Dae|Yongsan presidential office"),
    "PRK": ("DPRK|Democratic People's Republic of Korea|Korea, North", "North Korean", "North Koreans", ""),
    "IND": ("Republic of India|Bharat", "Indian", "Indians", "South Block|Raisina Hill"),
    "PAK": ("Islamic Republic of Pakistan", "Pakistani", "Pakistanis", ""),
    "IRN": ("Islamic Republic of Iran|Persia", "Iranian", "Iranians", ""),
    "ISR": ("State of Israel", "Israeli", "Israelis", ""),
    "PSE": ("State of Palestine|Palestinian territories|occupied Palestinian territory", "Palestinian", "Palestinians", "the Muqata'a"),
    "UKR": ("", "Ukrainian", "Ukrainians", "Bankova"),
    "BLR": ("Belorussia|Byelorussia|Republic of Belarus", "Belarusian|Belarussian", "Belarusians", ""),
    "KGZ": ("Kyrgyz Republic|Kirgizia|Kirghizia", "Kyrgyz|Kyrgyzstani", "Kyrgyz|Kyrgyzstanis", "Ala-Archa|Yntymak Ordo"),
    "KAZ": ("Republic of Kazakhstan", "Kazakh|Kazakhstani", "Kazakhs|Kazakhstanis", "Akorda"),
    "TJK": ("Republic of Tajikistan", "Tajik|Tajikistani", "Tajiks", ""),
    "UZB": ("Republic of Uzbekistan", "Uzbek", "Uzbeks", ""),
    "TKM": ("", "Turkmen", "Turkmens", ""),
    "ARM": ("Republic of Armenia", "Armenian", "Armenians", ""),
    "AZE": ("Republic of Azerbaijan", "Azerbaijani|Azeri", "Azerbaijanis|Azeris", ""),
    "GEO": ("", "Georgian", "Georgians", ""),
    "MDA": ("Republic of Moldova", "Moldovan", "Moldovans", ""),
    "TUR": ("Türkiye|Turkiye|Republic of Turkey", "Turkish", "Turks", "Ankara presidential complex|Bestepe"),
    "SAU": ("Kingdom of Saudi Arabia|KSA", "Saudi|Saudi Arabian", "Saudis", ""),
    "ARE": ("UAE|U.A.E.|Emirates", "Emirati", "Emiratis", ""),
    "EGY": ("Arab Republic of Egypt", "Egyptian", "Egyptians", ""),
    "SYR": ("Syrian Arab Republic", "Syrian", "Syrians", ""),
    "IRQ": ("Republic of Iraq", "Iraqi", "Iraqis", "the Green Zone"),
    "AFG": ("Islamic Emirate of Afghanistan", "Afghan", "Afghans", ""),
    "MMR": ("Burma", "Myanmar|Burmese", "Burmese", ""),
    "VNM": ("Viet Nam", "Vietnamese", "Vietnamese", ""),
    "LAO": ("Lao PDR|Lao People's Democratic Republic", "Lao|Laotian", "Laotians|Lao", ""),
    "PHL": ("the Philippines|Republic of the Philippines", "Philippine|Filipino", "Filipinos", "Malacanang|Malacañang"),
    "HUN": ("", "Hungarian", "Hungarians", ""),
    "POL": ("", "Polish", "Poles", ""),
    "ITA": ("Italian Republic", "Italian", "Italians", "Palazzo Chigi|the Quirinale"),
    "ESP": ("Kingdom of Spain", "Spanish", "Spaniards", "La Moncloa|Moncloa"),
    "NLD": ("Holland|the Netherlands", "Dutch", "Dutch", ""),
    "BRA": ("Federative Republic of Brazil|Brasil", "Brazilian", "Brazilians", "Planalto|Planalto Palace"),
    "ARG": ("Argentine Republic", "Argentine|Argentinian", "Argentines|Argentinians", "Casa Rosada"),
    "MEX": ("United Mexican States", "Mexican", "Mexicans", "Los Pinos|National Palace"),
    "CAN": ("", "Canadian", "Canadians", "Parliament Hill"),
    "AUS": ("Commonwealth of Australia", "Australian", "Australians", ""),
    "VEN": ("Bolivarian Republic of Venezuela", "Venezuelan", "Venezuelans", "Miraflores|Miraflores Palace"),
    "CUB": ("", "Cuban", "Cubans", ""),
    "ZAF": ("RSA|Republic of South Africa", "South African", "South Africans", "Union Buildings"),
    "NGA": ("Federal Republic of Nigeria", "Nigerian", "Nigerians", "Aso Rock|Aso Villa"),
    "SDN": ("Republic of the Sudan|the Sudan", "Sudanese", "Sudanese", ""),
    "SSD": ("", "South Sudanese", "South Sudanese", ""),
    "COD": ("DRC|DR Congo|Congo-Kinshasa|Democratic Republic of Congo", "Congolese", "Congolese", ""),
    "COG": ("Congo-Brazzaville|Republic of the Congo", "Congolese", "Congolese", ""),
    "CIV": ("Ivory Coast|Côte d'Ivoire|Cote d'Ivoire", "Ivorian", "Ivorians", ""),
    "CZE": ("Czech Republic|Czechia", "Czech", "Czechs", "Prague Castle"),
    "MKD": ("Macedonia|Republic of North Macedonia|FYROM", "North Macedonian|Macedonian", "North Macedonians|Macedonians", ""),
    "SWZ": ("Swaziland", "Swazi|Eswatini", "Swazis", ""),
    "TLS": ("East Timor|Timor Leste", "Timorese", "Timorese", ""),
    "CPV": ("Cape Verde", "Cape Verdean", "Cape Verdeans", ""),
    "VAT": ("Holy See|Vatican|the Vatican|Vatican City State", "Vatican|papal", "", "the Apostolic Palace"),
    "TWN": ("Republic of China|ROC|Chinese Taipei|Formosa", "Taiwanese", "Taiwanese", ""),
    "XKX": ("Republic of Kosovo|Kosova", "Kosovar|Kosovan", "Kosovars", ""),
    "HKG": ("Hong Kong SAR|HKSAR", "Hong Kong", "Hongkongers", ""),
    "MAC": ("Macau|Macao SAR", "Macanese", "Macanese", ""),
    "BIH": ("Bosnia|Bosnia-Herzegovina", "Bosnian", "Bosnians", ""),
    "BOL": ("Plurinational State of Bolivia", "Bolivian", "Bolivians", "Palacio Quemado"),
    "TZA": ("United Republic of Tanzania", "Tanzanian", "Tanzanians", "State House"),
    "LBY": ("State of Libya", "Libyan", "Libyans", ""),
    "MLI": ("Republic of Mali", "Malian", "Malians", "Koulouba"),
    "BFA": ("Burkina", "Burkinabe|Burkinabè", "Burkinabe", ""),
    "NER": ("Republic of the Niger", "Nigerien", "Nigeriens", ""),
    "GRL": ("Kalaallit Nunaat", "Greenlandic", "Greenlanders", ""),
    "ESH": ("Sahrawi Arab Democratic Republic|SADR", "Sahrawi", "Sahrawis", ""),
}

# i18n-nationality values that read oddly in news; replaced for these states.
ADJECTIVE_FIXES = {
    "ATG": "Antiguan|Barbudan",
    "ARE": "Emirati",
    "VAT": "Vatican",
}

# Parent state of dependent territories (S-MEM). Disputed or self-governing entities whose
# sovereignty is contested (Taiwan, Kosovo, Western Sahara) deliberately have no parent.
PARENTS = {
    "HKG": "CHN", "MAC": "CHN",
    "GRL": "DNK", "FRO": "DNK",
    "PRI": "USA", "GUM": "USA", "ASM": "USA", "MNP": "USA", "VIR": "USA", "UMI": "USA",
    "AIA": "GBR", "BMU": "GBR", "VGB": "GBR", "CYM": "GBR", "FLK": "GBR", "GIB": "GBR", "MSR": "GBR",
    "PCN": "GBR", "SHN": "GBR", "TCA": "GBR", "IOT": "GBR", "SGS": "GBR", "GGY": "GBR", "JEY": "GBR", "IMN": "GBR",
    "GLP": "FRA", "MTQ": "FRA", "GUF": "FRA", "REU": "FRA", "MYT": "FRA", "SPM": "FRA", "BLM": "FRA",
    "MAF": "FRA", "PYF": "FRA", "NCL": "FRA", "WLF": "FRA", "ATF": "FRA",
    "ABW": "NLD", "CUW": "NLD", "SXM": "NLD", "BES": "NLD",
    "COK": "NZL", "NIU": "NZL", "TKL": "NZL",
    "CXR": "AUS", "CCK": "AUS", "NFK": "AUS", "HMD": "AUS",
    "BVT": "NOR", "SJM": "NOR", "ALA": "FIN",
}

# De facto states without ISO 3166 codes. Codes are Annals-assigned from the ISO user-assigned
# range X.. so they can never clash with a future official code. Capital coordinates are rounded
# values from general knowledge (S-MEM).
DE_FACTO = [
    # iso3, name, official_name, aliases, adjectives, demonyms, capital, lat, lon, parent (claimed by)
    ("XNC", "Northern Cyprus", "Turkish Republic of Northern Cyprus", "TRNC|North Cyprus", "Turkish Cypriot", "Turkish Cypriots", "North Nicosia", 35.18, 33.36, "CYP"),
    ("XSL", "Somaliland", "Republic of Somaliland", "", "Somalilander", "Somalilanders", "Hargeisa", 9.56, 44.06, "SOM"),
    ("XTR", "Transnistria", "Pridnestrovian Moldavian Republic", "Transdniestria|Pridnestrovie|Trans-Dniester", "Transnistrian", "Transnistrians", "Tiraspol", 46.84, 29.63, "MDA"),
    ("XAB", "Abkhazia", "Republic of Abkhazia", "", "Abkhaz|Abkhazian", "Abkhaz|Abkhazians", "Sukhumi", 43.00, 41.02, "GEO"),
    ("XSO", "South Ossetia", "Republic of South Ossetia", "Tskhinvali Region", "South Ossetian", "South Ossetians", "Tskhinvali", 42.23, 43.97, "GEO"),
]

# CAMEO country codes that differ from the ICEWS mapping file.
CAMEO_OVERRIDES = {
    "ROU": "ROM",  # CAMEO manual (1.1b3) code for Romania; the ICEWS mapping file uses ROU.
}

# Organisations: id, name, aliases, cameo, cameo_source, led_by, led_by_source.
# CAMEO codes are IGO + the CAMEO "known group" code as remembered (S-MEM) except where noted.
ORGS = [
    ("UN", "United Nations", "UN|U.N.|the United Nations|UNO", "IGOUNO", "S-MEM", "", ""),
    ("ICC", "International Criminal Court", "ICC|the Hague court|Hague-based court|International Criminal Court in The Hague", "IGOJUDICC", "S-MEM", "", ""),
    ("EU", "European Union", "EU|E.U.|the European Union|the Union|Brussels", "IGOEEC", "S-MEM", "", ""),
    ("NATO", "North Atlantic Treaty Organization", "NATO|North Atlantic Treaty Organisation|the Atlantic Alliance|the Alliance", "IGONAT", "S-MEM", "", ""),
    ("CIS", "Commonwealth of Independent States", "CIS|the Commonwealth of Independent States", "IGOCIS", "S-MEM", "RUS", "S-WP-CIS"),
    ("CSTO", "Collective Security Treaty Organization", "CSTO|Collective Security Treaty Organisation|ODKB", "IGO", "S-MEM", "RUS", "S-WP-CSTO"),
    ("EAEU", "Eurasian Economic Union", "EAEU|EAU|EEU|Eurasian Union", "IGO", "S-MEM", "RUS", "S-WP-EAEU"),
    ("SCO", "Shanghai Cooperation Organisation", "SCO|Shanghai Cooperation Organization|Shanghai Pact", "IGOSHA", "S-MEM", "", ""),
    ("BRICS", "BRICS", "BRICS|BRICS+|BRICS Plus", "IGO", "S-MEM", "", ""),
    ("AU", "African Union", "AU|the African Union", "IGOAFU", "S-MEM", "", ""),
    ("ASEAN", "Association of Southeast Asian Nations", "ASEAN|Association of South East Asian Nations", "IGOASN", "S-MEM", "", ""),
    ("LAS", "League of Arab States", "Arab League|LAS|the Arab League", "IGOARL", "S-MEM", "", ""),
    ("OAS", "Organization of American States", "OAS|Organisation of American States", "IGOOAS", "S-MEM", "", ""),
    ("GCC", "Gulf Cooperation Council", "GCC|Cooperation Council for the Arab States of the Gulf|Gulf Co-operation Council", "IGOGCC", "S-MEM", "", ""),
    ("OSCE", "Organization for Security and Co-operation in Europe", "OSCE|Organisation for Security and Co-operation in Europe", "IGOSCE", "S-MEM", "", ""),
    ("OIC", "Organisation of Islamic Cooperation", "OIC|Organization of Islamic Cooperation|Organisation of the Islamic Conference", "IGOOIC", "S-MEM", "", ""),
    ("WTO", "World Trade Organization", "WTO|World Trade Organisation", "IGOWTO", "S-MEM", "", ""),
    ("IAEA", "International Atomic Energy Agency", "IAEA|the UN nuclear watchdog|UN atomic agency", "IGOIAE", "S-MEM", "", ""),
    ("G7", "Group of Seven", "G7|G-7|Group of 7", "IGOGOS", "S-MEM", "", ""),
    ("G8", "Group of Eight", "G8|G-8|Group of 8", "IGOGOE", "S-MEM", "", ""),
    ("G20", "Group of Twenty", "G20|G-20|Group of 20", "IGO", "S-MEM", "", ""),
    ("OTS", "Organization of Turkic States", "OTS|Turkic Council|Organisation of Turkic States", "IGO", "S-MEM", "", ""),
    ("AES", "Alliance of Sahel States", "AES|Confederation of Sahel States|Sahel alliance|Alliance des États du Sahel", "IGO", "S-MEM", "", ""),
    ("ECOWAS", "Economic Community of West African States", "ECOWAS|CEDEAO", "IGOWAF", "S-MEM", "", ""),
    ("UNION_STATE", "Union State of Russia and Belarus", "Union State|Russia-Belarus Union State", "IGO", "S-MEM", "RUS", "S-MEM"),
    ("ICJ", "International Court of Justice", "ICJ|World Court", "IGOJUDICJ", "S-MEM", "", ""),
    ("IMF", "International Monetary Fund", "IMF", "IGOIMF", "S-MEM", "", ""),
    ("WHO", "World Health Organization", "WHO|World Health Organisation", "IGOWHO", "S-MEM", "", ""),
]

# Map from igo_memberships.tsv org codes to ours.
ORG_CODE = {"ArabLeague": "LAS", "UnionState": "UNION_STATE"}

# Warrant descriptions restated from the source table's status_detail (S-WP-ICC / S-MAH).
CHARGE_DETAIL = {
    "Vladimir Vladimirovich Putin": "unlawful deportation and transfer of children",
    "Sergei Ivanovich Kobylash": "strikes on electricity infrastructure",
    "Haibatullah Akhundzada": "gender persecution",
    "Abdul Hakim Haqqani": "gender persecution",
    "Min Aung Hlaing": "deportation and persecution of Rohingya",
}

# The day a warrant stopped being outstanding (arrest, surrender, death, withdrawal), where the
# source table's status_date is not that day. (date, source id, confidence)
WARRANT_ENDED = {
    "Rodrigo Roa Duterte": ("2025-03-11", "S-WP-ICC", "checked"),       # arrest, from status_detail
    "Khaled Mohamed Ali El Hishri": ("2025-07-16", "S-HISHRI", "checked"),
    "Mahamat Said Abdel Kani": ("2021-01-24", "S-WP-ICC", "checked"),
    "Thomas Lubanga Dyilo": ("2006-03-17", "S-MEM", "from-memory"),
    "Bosco Ntaganda": ("2013-03-22", "S-MEM", "from-memory"),
    "Germain Katanga": ("2007-10-17", "S-MEM", "from-memory"),
    "Mathieu Ngudjolo Chui": ("2008-02-06", "S-MEM", "from-memory"),
    "Callixte Mbarushimana": ("2010-10-11", "S-MEM", "from-memory"),
    "Dominic Ongwen": ("2015-01-16", "S-MEM", "from-memory"),
    "Jean-Pierre Bemba Gombo": ("2008-05-24", "S-MEM", "from-memory"),
    "Aimé Kilolo Musamba": ("2013-11-23", "S-MEM", "from-memory"),
    "Fidèle Babala Wandu": ("2013-11-23", "S-MEM", "from-memory"),
    "Jean-Jacques Mangenda Kabongo": ("2013-11-23", "S-MEM", "from-memory"),
    "Narcisse Arido": ("2013-11-23", "S-MEM", "from-memory"),
    "Ali Muhammad Ali Abd-Al-Rahman": ("2020-06-09", "S-MEM", "from-memory"),
    "Laurent Gbagbo": ("2011-11-30", "S-MEM", "from-memory"),
    "Charles Blé Goudé": ("2014-03-22", "S-MEM", "from-memory"),
    "Ahmad Al Faqi Al Mahdi": ("2015-09-26", "S-MEM", "from-memory"),
    "Al Hassan Ag Abdoul Aziz Ag Mohamed Ag Mahmoud": ("2018-03-31", "S-MEM", "from-memory"),
    "Alfred Yekatom": ("2018-11-17", "S-MEM", "from-memory"),
    "Patrice-Edouard Ngaïssona": ("2018-12-12", "S-MEM", "from-memory"),
    "Maxime Jeoffroy Eli Mokom Gawaka": ("2022-03-14", "S-MEM", "from-memory"),
    "Paul Gicheru": ("2020-11-02", "S-MEM", "from-memory"),  # surrender; died 2022
    "Raska Lukwiya": ("2006-08-12", "S-MEM", "from-memory"),
    "Saleh Mohammed Jerbo Jamus": ("2013-04-19", "S-MEM", "from-memory"),
    "Mahmoud Mustafa Busayf Al-Werfalli": ("2021-03-24", "S-MEM", "from-memory"),
    "Vincent Otti": ("2007", "S-MEM", "from-memory"),
    "Okot Odhiambo": ("2013", "S-MEM", "from-memory"),
}

# Statuses after which a warrant no longer binds anyone to arrest.
TERMINAL_STATUSES = {
    "in_icc_custody", "on_trial", "convicted_serving", "convicted_sentence_served", "convicted_final",
    "convicted_appeal_pending", "convicted_appeal_possible", "acquitted", "charges_not_confirmed",
    "charges_withdrawn", "warrant_withdrawn", "terminated", "deceased_terminated", "inadmissible",
    "application_withdrawn_death",
}
