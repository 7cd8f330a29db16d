"""How money is written in English-language news outside US, UK and Pakistani copy,
annotated by hand (session 6, realprobe6c).

Real reports were read through the stored-pages search (none is kept here): Nigerian budget
and pump-price copy, Kenyan county-allocation copy, South African municipal and Treasury
copy, Ghanaian budget copy, Indian PIB releases and forex wraps, Bangladeshi ADP copy,
Philippine DBM releases, Malaysian budget copy (and a Vietnamese agency's), Indonesian
budget copy, Turkish minimum-wage copy, Sri Lankan and Nepali budget copy. Each failure
that looked general became invented sentences below (own words, own names and numbers),
whose ids say which copy they imitate. The expected rows were written by hand before the
extractor was run on them.

Conventions are those of tests/test_unseen_styles.py: each row is ``(text, value or (low,
high), bound, kind, unit[, extra])``; money is its ISO 4217 code; a price per unit
("N617/litre", "$29.45/oz") is the money, its span the amount; an exchange rate ("closed
at 83.42 against the dollar") is an amount of the local currency, as "($1=117.50 taka)" is
in tests/test_real_probe_economy.py.

Pass counts (``pytest tests/test_real_probe_money.py``, the table copied beside the package
of the commit named): at the branch point (main at 01aefa1) 9 of 98 tests passed (8 of the
97 cases: 6 guards and the two "projects" cases written as extra checks of an attribution
failure, plus the id check); against main at 3c84619 (with the other helpers' work of this
session) also 9; with this branch all 98. Each batch was written, expected rows first,
before its fix and run to see it fail. Annotations corrected after the first run (my
errors, not the extractor's): "22,400 points" is a bare count "22,400" by the tables'
convention ("points" is no unit); the source of "officials in Lilongwe said" is "officials
in Lilongwe" (as "Relief officials in Sindh" is in tests/test_sources_heads.py).

Left out as open conventions: an amount whose currency is written on an earlier figure only
("Nairobi got Sh5 billion, Kiambu 2.3 billion"); a change of a rate in the currency's
small unit beside the rate ("closed at 56.30, down 0.27"); the Indian "62-mark" of a rate;
verbs of passing a threshold ("is estimated to exceed 6 trillion yuan": lower bound or
exact); a comma decimal after a currency ("NIS 388,469m", "USD$ 2,459 bn"), which
thousands grouping also reads; accounting negatives ("$(0.11)").
"""

from __future__ import annotations

import pytest
from figure_checks import check_figures

E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"
C, P, M, D, Q = "count", "percent", "money", "duration", "measure"

CASES = [
    # 1. A price per unit with a slash after a letter currency ("N617/litre" in Nigerian
    # pump-price copy): the slash read as an identifier's, so the figure was lost. The
    # sign-prefixed form ("$29.45/oz") was already kept.
    (
        "invented/Nigerian pump-price copy: naira per litre with a slash",
        "Diesel in Kano, Nigeria, climbed to N1,120/litre, up from N980/litre in March.",
        [("N1,120", 1120, E, M, "NGN"), ("N980", 980, E, M, "NGN")],
    ),
    (
        "invented/Kenyan pump-price copy: shillings per litre with a slash",
        "In Nakuru, Kenya, super petrol now retails at Sh193.50/litre.",
        [("Sh193.50", 193.5, E, M, "KES")],
    ),
    (
        "invented/US motoring copy: dollars per gallon with a slash",
        "Average pump prices in Ohio hit $3.89/gallon on Monday.",
        [("$3.89", 3.89, E, M, "USD")],
    ),
    (
        "invented/Indian farm copy: rupees per quintal with a slash",
        "Paddy procurement in Haryana opened at Rs 2,300/quintal.",
        [("Rs 2,300", 2300, E, M, "INR")],
    ),
    (
        "invented/Pakistani LPG copy: rupees per cylinder with a slash",
        "In Lahore, a domestic cylinder now costs Rs 3,250/cylinder after the OGRA notice.",
        [("Rs 3,250", 3250, E, M, "PKR")],
    ),
    # 2. South African municipal copy groups thousands with a space and writes cents:
    # "R700 000.00" was read as R700 and a count 000.00.
    (
        "invented/South African municipal copy: space-grouped rand with cents",
        "The Durban municipality paid R850 000.00 to the contractor and R42 500.50 in fees.",
        [("R850 000.00", 850000, E, M, "ZAR"), ("R42 500.50", 42500.5, E, M, "ZAR")],
    ),
    # 3. One letter spaced from its amount: "R 141 million" (South African), "N 2,500,000"
    # (Nigerian) were counts. Read as money only with a scale word or thousands grouping.
    (
        "invented/South African provincial copy: a spaced R before a scale",
        "The Gauteng department set aside R 215 million for school toilets.",
        [("R 215 million", 215e6, E, M, "ZAR")],
    ),
    (
        "invented/Nigerian court copy: a spaced N before a grouped amount",
        "A Lagos court fined the firm N 2,500,000 for the spill.",
        [("N 2,500,000", 2.5e6, E, M, "NGN")],
    ),
    # 4. Currency signs and words missing from the tables.
    (
        "invented/Ghanaian budget copy: GHC before the amount",
        "Ghana's Parliament approved GHC 92.4 billion in spending, with GHC21 billion for "
        "interest.",
        [("GHC 92.4 billion", 92.4e9, E, M, "GHS"), ("GHC21 billion", 21e9, E, M, "GHS")],
    ),
    # The Star (Malaysia) abbreviates the scale "bil" and "mil": "RM1.2bil" was RM1.2.
    (
        "invented/The Star copy: RM with bil and mil",
        "In Kuala Lumpur the ministry set aside RM1.8bil for flood works and RM450mil for schools.",
        [("RM1.8bil", 1.8e9, E, M, "MYR"), ("RM450mil", 450e6, E, M, "MYR")],
    ),
    (
        "invented/Vietnamese agency copy: billion RM after the number",
        "Malaysia's development spending will reach 86.5 billion RM (19.3 billion USD).",
        [("86.5 billion RM", 86.5e9, E, M, "MYR"), ("19.3 billion USD", 19.3e9, E, M, "USD")],
    ),
    (
        "invented/Anadolu copy: Turkish liras",
        "The lowest pension in Turkey rises to 12,500 Turkish liras a month.",
        [("12,500 Turkish liras", 12500, E, M, "TRY")],
    ),
    # Daily Sabah and Hürriyet Daily News put "TL" before the amount: "TL 17,002".
    (
        "invented/Daily Sabah copy: TL before the amount",
        "In Ankara the net minimum wage rises to TL 18,500, and the budget to TL 12.4 trillion.",
        [("TL 18,500", 18500, E, M, "TRY"), ("TL 12.4 trillion", 12.4e12, E, M, "TRY")],
    ),
    (
        "invented/Turkish desk: bare liras",
        "Bakers in Ankara raised a loaf to 15 liras.",
        [("15 liras", 15, E, M, "TRY")],
    ),
    (
        "invented/Korean desk: the won sign",
        "Hyundai plans to invest ₩24.3tn in its Ulsan plants.",
        [("₩24.3tn", 24.3e12, E, M, "KRW")],
    ),
    (
        "invented/Swiss desk: SFr before the amount",
        "The Zurich court ordered the bank to pay SFr 4.2 million.",
        [("SFr 4.2 million", 4.2e6, E, M, "CHF")],
    ),
    (
        "invented/Swiss desk: Swiss francs",
        "The Geneva canton will spend 1.8 billion Swiss francs on trams.",
        [("1.8 billion Swiss francs", 1.8e9, E, M, "CHF")],
    ),
    (
        "invented/Polish desk: zł after the amount",
        "Warsaw will pay farmers 2.5 billion zł in drought aid.",
        [("2.5 billion zł", 2.5e9, E, M, "PLN")],
    ),
    # 5. Exchange rates: a bare number "against the dollar", "to the dollar", "per dollar"
    # after a currency's name is an amount of that currency, not a count.
    (
        "invented/Indian forex wrap: the rupee against the dollar",
        "The rupee closed at 83.42 against the dollar in Mumbai on Friday.",
        [("83.42", 83.42, E, M, "INR")],
    ),
    (
        "invented/Japanese markets copy: yen per dollar",
        "The yen weakened to 151.9 per dollar in Tokyo trading.",
        [("151.9", 151.9, E, M, "JPY")],
    ),
    (
        "invented/Nigerian forex copy: naira to the dollar, grouped",
        "In Lagos the naira traded at 1,540 to the dollar on the parallel market.",
        [("1,540", 1540, E, M, "NGN")],
    ),
    (
        "invented/Kenyan forex copy: shilling against the US dollar",
        "The Kenyan shilling held at 129.3 against the US dollar, the central bank said.",
        [("129.3", 129.3, E, M, "KES", {"source": "the central bank"})],
    ),
    # (the next three were written, expected rows first, after the rule; all three failed
    # at the branch point: the pound's rate, in dollars as "rose to $1.27" is, was a count)
    (
        "invented/Ghanaian forex copy: cedi to the dollar and rand versus the greenback",
        "The cedi traded at 15.2 to the dollar in Accra, and the rand at 18.3 versus the "
        "greenback.",
        [("15.2", 15.2, E, M, "GHS"), ("18.3", 18.3, E, M, "ZAR")],
    ),
    (
        "invented/Korean forex copy: won per U.S. dollar",
        "The won weakened to 1,390.5 per U.S. dollar in Seoul.",
        [("1,390.5", 1390.5, E, M, "KRW")],
    ),
    (
        "invented/markets copy: the pound is quoted in dollars, not in pounds",
        "The lira hit 34.2 against the dollar; the pound rose to 1.27 against the dollar.",
        [("34.2", 34.2, E, M, "TRY"), ("1.27", 1.27, E, M, "USD")],
    ),
    # Nigerian forex copy writes the rate over "$" with a slash: "N1,540/$".
    (
        "invented/Nigerian forex copy: naira per dollar with a slash",
        "The naira closed at N1,540/$ in Lagos, Nigeria, on Friday.",
        [("N1,540", 1540, E, M, "NGN")],
    ),
    (
        "invented/Nigerian forex copy: a bare rate per dollar with a slash",
        "The naira weakened to 1,600/$ on the parallel market in Lagos.",
        [("1,600", 1600, E, M, "NGN")],
    ),
    # A currency's or a market's change: "depreciated", "tumbled", "dipped" are falls,
    # "appreciated", "strengthened" rises (direction was empty).
    (
        "invented/Ghanaian forex copy: depreciated by N per cent",
        "The cedi depreciated by 12 per cent against the dollar this year.",
        [("12 per cent", 12, E, P, "%", {"direction": "down"})],
    ),
    (
        "invented/South African forex copy: appreciated N%",
        "The rand appreciated 2.3% in June as gold rallied.",
        [("2.3%", 2.3, E, P, "%", {"direction": "up"})],
    ),
    (
        "invented/Asian markets copy: tumbled and dipped",
        "The Nikkei tumbled 4.1% and the Hang Seng dipped 0.8%.",
        [
            ("4.1%", 4.1, E, P, "%", {"direction": "down"}),
            ("0.8%", 0.8, E, P, "%", {"direction": "down"}),
        ],
    ),
    (
        "invented/guard: points against the dollar index stay a count",
        "The Nifty index closed at 22,400 points as the rupee firmed against the dollar.",
        [("22,400", 22400, E, C, None)],
    ),
    # 6. "Rs" in Indian copy that names Indian institutions but no Indian place.
    (
        "invented/Indian markets copy: Rs with the Sensex and the RBI named",
        "Foreign investors pulled out Rs 8,450 crore this week as the Sensex slid, RBI data "
        "showed.",
        [("Rs 8,450 crore", 8.45e10, E, M, "INR")],
    ),
    (
        "invented/Indian business wire: Rs with only the BSE named",
        "Shares of the lender rose 3 per cent on the BSE after it posted a net profit of "
        "Rs 1,240 crore.",
        [("3 per cent", 3, E, P, "%"), ("Rs 1,240 crore", 1.24e10, E, M, "INR")],
    ),
    (
        "invented/guard: a Pakistani market story stays in rupees of Pakistan",
        "The KSE-100 index gained 1.2 per cent as the lender posted a profit of Rs 9.6 billion.",
        [("1.2 per cent", 1.2, E, P, "%"), ("Rs 9.6 billion", 9.6e9, E, M, "PKR")],
    ),
    (
        "invented/Indian city copy: Rs with an Indian city named",
        "Pune's civic body approved a Rs 1,150 crore plan to clean the river.",
        [("Rs 1,150 crore", 1.15e10, E, M, "INR")],
    ),
    # 8. Zambian and Malawian copy write the kwacha "K" and "MK" glued to the amount
    # ("K1.07 billion", "MK44.3 billion"): every such amount was lost; bare "kwacha" after
    # an amount was a count.
    (
        "invented/Zambian Treasury copy: K glued before billions and millions",
        "The Treasury in Lusaka released K2.46 billion last month, including K318.5 million "
        "for medicines.",
        [("K2.46 billion", 2.46e9, E, M, "ZMW"), ("K318.5 million", 318.5e6, E, M, "ZMW")],
    ),
    (
        "invented/Malawian council copy: MK glued and spaced",
        "Councils in Malawi received MK7.2 billion in March, with MK 214.6 million for health.",
        [("MK7.2 billion", 7.2e9, E, M, "MWK"), ("MK 214.6 million", 214.6e6, E, M, "MWK")],
    ),
    (
        "invented/Malawian copy: K for the Malawi kwacha",
        "The donors are withholding about K75 billion in budget support to Malawi, officials "
        "in Lilongwe said.",
        [("about K75 billion", 75e9, AP, M, "MWK", {"source": "officials in Lilongwe"})],
    ),
    # (first annotated with the source "officials"; the tables' convention keeps the place,
    # "Relief officials in Sindh", so corrected. The run showed a second failure: the source
    # was "Lilongwe", a capital the gazetteer lacked, as it lacked 77 national capitals.)
    (
        "invented/Ghanaian copy: officials in a capital the gazetteer lacked",
        "Ghana will spend GH¢2.1 billion on feeder roads, officials in Accra said.",
        [("GH¢2.1 billion", 2.1e9, E, M, "GHS", {"source": "officials in Accra"})],
    ),
    (
        "invented/Malawian copy: bare kwacha after the amount",
        "Each constituency in Malawi will get 250 million kwacha from the fund.",
        [("250 million kwacha", 250e6, E, M, "MWK")],
    ),
    (
        "invented/guard: K before a small number in a Zambian report stays apart",
        "Police in Lusaka used 4 K9 units at the rally.",
        [("4", 4, E, C, None)],
    ),
    # 9. Brazilian and Egyptian copy.
    (
        "invented/Brazilian agency copy: R $ spaced",
        "The federal government in Brasilia will release R $ 42.5 billion ($ 8.1 bn) for the "
        "states.",
        [("R $ 42.5 billion", 42.5e9, E, M, "BRL"), ("$ 8.1 bn", 8.1e9, E, M, "USD")],
    ),
    (
        "invented/Reuters Brazil copy: reais after the amount",
        "Monthly handouts in Brazil rise to 650 reais, and the programme needs 48 billion reais "
        "($9.2 billion).",
        [
            ("650 reais", 650, E, M, "BRL"),
            ("48 billion reais", 48e9, E, M, "BRL"),
            ("$9.2 billion", 9.2e9, E, M, "USD"),
        ],
    ),
    # the old level of a change in pounds took "pounds" as a weight (0 of 1 before)
    (
        "invented/Egyptian copy: went up from N to M billion pounds",
        "In Egypt, wage spending went up from 45 to 310 billion pounds.",
        [("45", 45e9, E, M, "EGP"), ("310 billion pounds", 310e9, E, M, "EGP")],
    ),
    # 10. Xinhua and Chinese copy bound an amount with "or above" and "or below" as others
    # write "or more" and "or less".
    (
        "invented/Xinhua copy: yuan or above",
        "Another 500 billion yuan or above will go to water projects, the commission said.",
        [("500 billion yuan or above", 5e11, LO, M, "CNY", {"source": "the commission"})],
    ),
    # (the Xinhua case showed a second failure: "to water projects, the commission said"
    # read "projects" as the reporting verb, with "water" its source; two more cases)
    (
        "invented/wire: road projects, then the speaker",
        "The bank lent $300 million for rural road projects, the ministry said.",
        [("$300 million", 300e6, E, M, "USD", {"source": "the ministry"})],
    ),
    (
        "invented/Kenyan county copy: water projects in a town, then the speaker",
        "Sh2 billion will fund 40 water projects in Kisumu, Kenya, the governor said.",
        [
            ("Sh2 billion", 2e9, E, M, "KES", {"source": "the governor"}),
            ("40", 40, E, C, None, {"source": "the governor"}),
        ],
    ),
    (
        "invented/Chinese provincial copy: yuan or below",
        "Households in Hunan earning 2,000 yuan or below a month get the subsidy.",
        [("2,000 yuan or below", 2000, UP, M, "CNY")],
    ),
    # 11. Philippine and South African farm and fuel prices: a letter currency before a
    # small amount (under 100, no decimals) was left unread, for fear of labels ("N95
    # masks"); before "per kilo", "/kg", "a litre" or as a range's end it is a price.
    (
        "invented/Philippine farm copy: small peso prices per kilo",
        "In Manila, well-milled rice sold at P46 per kilo, down from P49 per kilo.",
        [("P46", 46, E, M, "PHP"), ("P49", 49, E, M, "PHP")],
    ),
    (
        "invented/Philippine farm copy: a peso range per kilo",
        "The NFA in the Philippines will buy palay at P19 to P22 per kilo.",
        [("P19 to P22", (19, 22), R, M, "PHP")],
    ),
    (
        "invented/Philippine farm copy: pesos per kg after a slash",
        "Imported rice sold for P52/kg in Manila markets.",
        [("P52", 52, E, M, "PHP")],
    ),
    (
        "invented/South African fuel copy: rand a litre",
        "In Johannesburg, petrol will cost R23 a litre from Wednesday.",
        [("R23", 23, E, M, "ZAR")],
    ),
    (
        "invented/Kenyan tender copy: a letter currency before a range with one scale",
        "The Nairobi tender in Kenya is worth Sh2-3 billion, and the bypass Sh4 to 6 billion.",
        [("Sh2-3 billion", (2e9, 3e9), R, M, "KES"), ("Sh4 to 6 billion", (4e9, 6e9), R, M, "KES")],
    ),
    (
        "invented/guard: a letter and a small number naming a route in a Philippine report",
        "In Manila, the P4 route closed for repairs.",
        [],
    ),
    # 12. Signs and codes of European, Israeli, Russian, Ukrainian and Vietnamese copy
    # missing from the tables (all failing before). "NIS" and "VND" were checked on real
    # Israeli and Vietnamese budget copy; the other forms are ones the task listed to
    # survey, tried on invented sentences only.
    (
        "invented/Nordic desk: kr after and before the amount",
        "In Oslo a pint now costs 125 kr, and the parking fine is kr 1,200.",
        [("125 kr", 125, E, M, "NOK"), ("kr 1,200", 1200, E, M, "NOK")],
    ),
    (
        "invented/Czech desk: Kč after the amount",
        "A Prague court fined the carrier 3.2 million Kč.",
        [("3.2 million Kč", 3.2e6, E, M, "CZK")],
    ),
    (
        "invented/Hungarian desk: HUF before the amount",
        "Budapest will borrow HUF 450 billion next year.",
        [("HUF 450 billion", 450e9, E, M, "HUF")],
    ),
    (
        "invented/Israeli desk: NIS and the shekel sign",
        "The Finance Ministry in Jerusalem added NIS 2.4 billion, after ₪900 million in May.",
        [("NIS 2.4 billion", 2.4e9, E, M, "ILS"), ("₪900 million", 900e6, E, M, "ILS")],
    ),
    (
        "invented/Russian desk: the rouble sign and RUB",
        "Moscow set aside ₽1.6 trillion for roads, or RUB 1.6trn.",
        [("₽1.6 trillion", 1.6e12, E, M, "RUB"), ("RUB 1.6trn", 1.6e12, E, M, "RUB")],
    ),
    (
        "invented/Ukrainian desk: UAH and the hryvnia sign",
        "Kyiv raised UAH 38 billion at the auction, after ₴21bn in June.",
        [("UAH 38 billion", 38e9, E, M, "UAH"), ("₴21bn", 21e9, E, M, "UAH")],
    ),
    (
        "invented/Vietnamese desk: VND and dong",
        "Hanoi approved VND 85 trillion for the ring road; a bowl of pho costs 60,000 dong.",
        [("VND 85 trillion", 85e12, E, M, "VND"), ("60,000 dong", 60000, E, M, "VND")],
    ),
    (
        "invented/Thai desk: the baht sign",
        "Bangkok set aside ฿12 billion for flood walls.",
        [("฿12 billion", 12e9, E, M, "THB")],
    ),
    (
        "invented/Polish desk: PLN before the amount",
        "Warsaw will spend PLN 7.5 billion on tanks.",
        [("PLN 7.5 billion", 7.5e9, E, M, "PLN")],
    ),
    # 13. Straits Times copy writes a singular "cent" before a noun: "a 20 cent increase".
    (
        "invented/Straits Times copy: a singular cent before a noun",
        "Bus fares in Singapore will go up by a 10 cent increment, after a 5-cent rise last year.",
        [("10 cent", 0.10, E, M, "SGD"), ("5-cent", 0.05, E, M, "SGD")],
    ),
    (
        "invented/Australian mining copy: US cents",
        "The Perth miner will pay a dividend of 45 US cents a share.",
        [("45 US cents", 0.45, E, M, "USD")],
    ),
    (
        "invented/guard: per cent stays a percentage",
        "Fares in Singapore will go up by 10 per cent.",
        [("10 per cent", 10, E, P, "%")],
    ),
    # 14. FT house style writes the renminbi "Rmb" and the Swiss franc "SwFr" glued to
    # the amount: "Rmb500bn" was lost, "Rmb 1.2tn" a count.
    (
        "invented/FT copy: Rmb glued and spaced",
        "Beijing injected Rmb800bn into the banks and a further Rmb 1.5tn in loans.",
        [("Rmb800bn", 800e9, E, M, "CNY"), ("Rmb 1.5tn", 1.5e12, E, M, "CNY")],
    ),
    (
        "invented/FT copy: SwFr glued",
        "The Zurich lender agreed to pay SwFr2.4bn to settle the case.",
        [("SwFr2.4bn", 2.4e9, E, M, "CHF")],
    ),
    # 15. Southern and East African forms (written after the Ghanaian, Ugandan and Zambian
    # copy above; all failing before): the cedi "GHc"/"Ghc", the Ugandan "Ush", Zimbabwe's
    # gold currency "ZiG", the Zambian code "ZMW", Botswana's pula "P" and "BWP", the
    # Namibian dollar "N$", the Mauritian rupee.
    (
        "invented/Ghanaian assembly copy: GHc and Ghc",
        "The Accra assembly spent GHc 1.8 million on drains and Ghc2.6 million on markets.",
        [("GHc 1.8 million", 1.8e6, E, M, "GHS"), ("Ghc2.6 million", 2.6e6, E, M, "GHS")],
    ),
    (
        "invented/Ugandan council copy: Ush",
        "The Kampala council spent Ush 640 million on street lights.",
        [("Ush 640 million", 640e6, E, M, "UGX")],
    ),
    (
        "invented/Zimbabwean copy: ZiG",
        "The Harare council approved a ZiG 150 million budget for water.",
        [("ZiG 150 million", 150e6, E, M, "ZWG")],
    ),
    (
        "invented/Zambian mining copy: ZMW",
        "The mine in Zambia paid ZMW 1.4 billion in royalties.",
        [("ZMW 1.4 billion", 1.4e9, E, M, "ZMW")],
    ),
    (
        "invented/Botswana copy: pula with P and BWP",
        "Gaborone set aside P1.6 billion for roads, after BWP 350 million last year.",
        [("P1.6 billion", 1.6e9, E, M, "BWP"), ("BWP 350 million", 350e6, E, M, "BWP")],
    ),
    (
        "invented/Namibian copy: N$",
        "The ministry in Windhoek will spend N$2.3 billion on housing.",
        [("N$2.3 billion", 2.3e9, E, M, "NAD")],
    ),
    (
        "invented/Mauritian copy: Rs in a report about Mauritius",
        "The Mauritius budget sets aside Rs 4.5 billion for pensions in Port Louis.",
        [("Rs 4.5 billion", 4.5e9, E, M, "MUR")],
    ),
    # 16. Korean broadcasters' English copy (KBS, Arirang) spells the decimal point out:
    # "13-point-eight trillion won" was read as "eight trillion won", a wrong value.
    (
        "invented/broadcast transcript: N-point-word trillion",
        "Parliament approved an extra budget worth 14-point-six trillion won, or about "
        "ten-point-two billion U.S. dollars.",
        [
            ("14-point-six trillion won", 14.6e12, E, M, "KRW"),
            ("about ten-point-two billion U.S. dollars", 10.2e9, AP, M, "USD"),
        ],
    ),
    (
        "invented/broadcast transcript: N-point-digit-billion",
        "Spending will rise to 431-point-5-billion U.S. dollars next year.",
        [("431-point-5-billion U.S. dollars", 431.5e9, E, M, "USD")],
    ),
    (
        "invented/broadcast transcript: a share with point",
        "Unemployment fell to three-point-one percent in May.",
        [("three-point-one percent", 3.1, E, P, "%")],
    ),
    # 17. Levantine copy: the Lebanese pound "LL" (glued or spaced), the Syrian code "SYP".
    (
        "invented/Beirut desk: LL spaced and glued",
        "In Beirut, a bundle of bread now costs LL 55,000, up from LL30,000 in March.",
        [("LL 55,000", 55000, E, M, "LBP"), ("LL30,000", 30000, E, M, "LBP")],
    ),
    (
        "invented/Damascus desk: SYP before the amount",
        "The public-sector wage in Syria rose to SYP 350,000 a month.",
        [("SYP 350,000", 350000, E, M, "SYP")],
    ),
    # 18. Caribbean and Pacific dollars written with the country's letters before "$".
    (
        "invented/Caribbean desk: J$, TT$ and EC$",
        "Kingston set aside J$4.2 billion, Port of Spain TT$900 million and the OECS EC$65 "
        "million.",
        [
            ("J$4.2 billion", 4.2e9, E, M, "JMD"),
            ("TT$900 million", 900e6, E, M, "TTD"),
            ("EC$65 million", 65e6, E, M, "XCD"),
        ],
    ),
    (
        "invented/Pacific desk: FJ$ and G$",
        "Suva will spend FJ$120 million on roads; Georgetown approved G$1.1 trillion.",
        [("FJ$120 million", 120e6, E, M, "FJD"), ("G$1.1 trillion", 1.1e12, E, M, "GYD")],
    ),
    (
        "invented/Focus Taiwan copy: NT$",
        "The Cabinet in Taipei approved NT$ 98.6 billion for drones and NT$4.5 billion for ports.",
        [("NT$ 98.6 billion", 98.6e9, E, M, "TWD"), ("NT$4.5 billion", 4.5e9, E, M, "TWD")],
    ),
    (
        "invented/Dominican desk: RD$",
        "Santo Domingo will spend RD$12 billion on schools.",
        [("RD$12 billion", 12e9, E, M, "DOP")],
    ),
    # 19. Budget copy: "N4.91 trillion of the N47.96 trillion budget" is a part of the
    # whole after it, as "$61.2 million out of a $290.5 million appeal" already was.
    (
        "invented/Nigerian budget copy: money of the money",
        "In Abuja, Nigeria, defence gets N5.2 trillion of the N49.7 trillion budget.",
        [
            ("N5.2 trillion", 5.2e12, E, M, "NGN", {"part_of": 1}),
            ("N49.7 trillion", 49.7e12, E, M, "NGN", {"part_of": None}),
        ],
    ),
    (
        "invented/wire: dollars of the dollars",
        "Only $12 billion of the $40 billion pledged has been disbursed.",
        [
            ("$12 billion", 12e9, E, M, "USD", {"part_of": 1}),
            ("$40 billion", 40e9, E, M, "USD", {"part_of": None}),
        ],
    ),
    (
        "invented/guard: money of a different currency is no part",
        "The fund paid $12 million of the 400 million euros owed.",
        [
            ("$12 million", 12e6, E, M, "USD", {"part_of": None}),
            ("400 million euros", 400e6, E, M, "EUR", {"part_of": None}),
        ],
    ),
    # 20. Nepali and Sri Lankan copy prefix the country's letter to "Rs": "NRs", "SLRs".
    (
        "invented/Kathmandu desk: NRs",
        "The government allocated NRs 1.9 trillion for the year and NRs. 360 billion for "
        "capital spending.",
        [("NRs 1.9 trillion", 1.9e12, E, M, "NPR"), ("NRs. 360 billion", 360e9, E, M, "NPR")],
    ),
    (
        "invented/Colombo desk: SLRs",
        "The Treasury raised SLRs 85 billion at the auction.",
        [("SLRs 85 billion", 85e9, E, M, "LKR")],
    ),
    # 21. Business copy that names the country only through its institutions or leaders:
    # the letter currency was left unread.
    (
        "invented/Nigerian business copy: N with only the CBN named",
        "The CBN said banks lent N2.4 trillion to manufacturers in the quarter.",
        [("N2.4 trillion", 2.4e12, E, M, "NGN")],
    ),
    (
        "invented/South African business copy: R with only the JSE named",
        "Shares worth R3.1 billion changed hands on the JSE on Friday.",
        [("R3.1 billion", 3.1e9, E, M, "ZAR")],
    ),
    (
        "invented/Kenyan copy: Sh with only the president named",
        "President Ruto launched a Sh12 billion housing fund on Monday.",
        [("Sh12 billion", 12e9, E, M, "KES")],
    ),
    # 22. Hundredths of other currencies, written after the number.
    (
        "invented/Nigerian copy: kobo",
        "In Lagos, Nigeria, the levy adds 50 kobo to every litre.",
        [("50 kobo", 0.5, E, M, "NGN")],
    ),
    (
        "invented/Saudi copy: halalas",
        "Riyadh raised the fee in Saudi Arabia by 75 halalas.",
        [("75 halalas", 0.75, E, M, "SAR")],
    ),
    (
        "invented/Egyptian copy: piastres",
        "Cairo raised the metro fare in Egypt by 50 piastres.",
        [("50 piastres", 0.5, E, M, "EGP")],
    ),
    (
        "invented/Mexican copy: centavos",
        "In Mexico City the tortilla rose 80 centavos a kilo.",
        [("80 centavos", 0.8, E, M, "MXN")],
    ),
    # 7. Nigerian copy writes kobo after the naira as "k": "N148.17k" is 148 naira 17 kobo.
    (
        "invented/Nigerian depot-price copy: naira and kobo with k",
        "The ex-depot price in Lagos, Nigeria, stayed at N148.17k per litre.",
        [("N148.17k", 148.17, E, M, "NGN")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_money_forms(text, expected):
    check_figures(text, expected)


def test_ids_are_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))
