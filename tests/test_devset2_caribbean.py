"""Second dev set, batch ``ds2-caribbean``: reports 163-165 of ``tests/fixtures/devset2``,
the Caribbean's English-language press and wires on migration in and from Haiti and the
region (Dominican Today, Diario Libre in English, the Haitian Times, Le Nouvelliste in
English, the Nassau Guardian and Tribune, Bahamas and Turks and Caicos government releases,
the Trinidad Guardian and Newsday): the Dirección General de Migración's weekly deportations
against the "10,000 a week" target, a dateline closed by ".-" ("Santo Domingo.- The DGM
reported"), "the institution detailed", crossings listed with their counts in brackets,
RD$ and gourdes, IOM's DTM rounds and IDP sites, a bare "$" that is the Bahamian dollar,
numbers written in words and restated in digits in brackets ("ninety-four (94) nationals,
among them sixty-one (61) males"), interdictions in feet and nautical miles. Before
writing them, real copy of these kinds was read through the stored-pages search (none is
kept here): iciHaiti and Antigua Observer/CMC items on the DGM's weekly and monthly
deportations by crossing, Spanish and French DGM reports on the 10,000-a-week goal, IOM
Haiti's DTM pages and ETT factsheets and a wire story on displacement, Trinidad and Tobago
Coast Guard and Ministry of National Security releases on Venezuelan pirogues and
repatriation exercises ("thirty-eight (38) Venezuelan nationals"), Bahamas Department of
Immigration releases and Tribune and Bahamas Press stories on repatriation flights and
sloops off Inagua and the Exumas, an RBDF release on an interdiction off the Turks and
Caicos. Every sentence, name and number is invented; places and organisations are real:

- 163-dominican-today-dgm-weekly-deportations.txt: a Dominican Today-like story,
  2026-10-13, on 11,482 Haitians deported in a week against the 10,000 target, detentions
  "of whom" released, "Of those deported" by sex, the four crossings in brackets, the
  director general's year-to-date total and new wing, Defense ministry sources' weekly cost
  in RD$ and US$, GARR's unaccompanied children and gourdes, IOM's count at the official
  crossings against the DGM's, and a business group's share of Haitian workers.
- 164-haitian-times-dtm-gang-displacement.txt: a Haitian Times-like story, 2026-11-04, on
  IOM's DTM round passing 1.5 million displaced, the rise on June's round, IDP sites "Of
  these" in the capital, host families, a site committee president's latrines (with her
  age after her name), water in gourdes, the DGPC's relocation grant in gourdes and
  dollars, OCHA's appeal and IOM's forced returns "nearly 92% of them" from the DR.
- 165-bahamas-tci-haitian-repatriation-flights.txt: a Nassau Guardian-like story,
  2026-09-17, on the Department of Immigration's repatriation of 163 Haitians with
  government-release numbers in words and brackets, the year's total against last year's,
  the minister's cost a flight and a year in Bahamian "$", a TCI Border Force interdiction
  (a 40-foot sloop, six nautical miles, "127 people on board, comprising 104 males and 23
  females"), the ONM's returnees and gourdes, and an advocate's "one in ten".

The gold checker (``tests/fixtures/devset2/check_gold.py``) learned in the gold-first
commit to read "words (digits)" as one figure whose digits restate its words, as the
extractor already did ("Eleven (11) defendants", US court copy); no gold was changed after
the blind run.

The reports and their gold were committed (ff3ad82) before the extractor was first run on
them. The BLIND score (``python -m analysis.evaluate /tmp/caribbean-blind --misses``, only
this batch in the folder, at that commit)::

    report                                            gold  pred match      P      R     F1  date
    163-dominican-today-dgm-weekly-deportations.txt     25    25    25  1.000  1.000  1.000  ok
    164-haitian-times-dtm-gang-displacement.txt         24    25    24  0.960  1.000  0.980  ok
    165-bahamas-tci-haitian-repatriation-flights.txt    25    25    25  1.000  1.000  1.000  ok
    TOTAL                                               74    75    74  0.987  1.000  0.993  1.000

    field accuracy over 74 matched figures:
      bound                         1.000  (74/74)
      kind                          1.000  (74/74)
      head                          0.838  (62/74)
      low_high                      1.000  (74/74)
      part_of                       0.946  (70/74)
      source                        0.865  (64/74)
      source (lenient: surname ok)  0.865  (64/74)
      counted                       0.162  (12/74)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 1
      164-haitian-times-dtm-gang-displacement.txt
        EXTRA '46' (46)  in: At the Lycée Marie-Jeanne site downtown, about 4,800 people share 14 latrines, according to site committee president Roseline Thervil, 46.

    matched figures with a field wrong (gold -> predicted):
      163-dominican-today-dgm-weekly-deportations.txt '11,482': counted: 'Haitians deported in a week' -> 'Haitians'
      163-dominican-today-dgm-weekly-deportations.txt '10,000': head: 'haitians' -> 'target'; counted: 'weekly deportation target' -> 'target'
      163-dominican-today-dgm-weekly-deportations.txt '11,482': source: 'Dirección General de Migración' -> 'Santo Domingo.- The Dirección General de Migración'; counted: 'undocumented Haitian nationals deported between October 5 and 11' -> 'undocumented Haitian nationals'
      163-dominican-today-dgm-weekly-deportations.txt '10,000': head: 'haitians' -> 'nationals'; source: 'Dirección General de Migración' -> 'Santo Domingo.- The Dirección General de Migración'; counted: "Government's weekly deportation goal" -> 'undocumented Haitian nationals'
      163-dominican-today-dgm-weekly-deportations.txt '14,206': source: 'Dirección General de Migración' -> nan; counted: 'foreigners detained in interdiction operations' -> 'foreigners'
      163-dominican-today-dgm-weekly-deportations.txt '2,724': source: 'Dirección General de Migración' -> nan; counted: 'detained foreigners released with valid documents' -> 'foreigners'
      163-dominican-today-dgm-weekly-deportations.txt '8,915': part_of: '11,482' -> '14,206'; source: 'Dirección General de Migración' -> 'the institution'; counted: 'deported men' -> 'men'
      163-dominican-today-dgm-weekly-deportations.txt '1,873': part_of: '11,482' -> '14,206'; source: 'Dirección General de Migración' -> 'the institution'; counted: 'deported women' -> 'women'
      163-dominican-today-dgm-weekly-deportations.txt '694': part_of: '11,482' -> '14,206'; source: 'Dirección General de Migración' -> 'the institution'; counted: 'deported minors who travelled with their parents' -> 'minors'
      163-dominican-today-dgm-weekly-deportations.txt '4,310': head: 'haitians' -> 'people'; counted: 'Haitians deported through the Dajabón crossing' -> 'people'
      163-dominican-today-dgm-weekly-deportations.txt '3,206': head: 'haitians' -> 'people'; counted: 'Haitians deported through Elías Piña' -> 'people'
      163-dominican-today-dgm-weekly-deportations.txt '2,519': head: 'haitians' -> 'people'; counted: 'Haitians deported through Jimaní' -> 'people'
      163-dominican-today-dgm-weekly-deportations.txt '1,447': head: 'haitians' -> 'people'; counted: 'Haitians deported through Pedernales' -> 'people'
      163-dominican-today-dgm-weekly-deportations.txt '276,540': counted: 'people deported since January 1' -> 'people'
      163-dominican-today-dgm-weekly-deportations.txt '31%': counted: 'increase over the same period of 2025' -> nan
      163-dominican-today-dgm-weekly-deportations.txt '1,200': counted: 'capacity of the new wing at the Haina Reception Center' -> 'detainees'
      163-dominican-today-dgm-weekly-deportations.txt '30 days': counted: 'time until the new wing opens' -> nan
      163-dominican-today-dgm-weekly-deportations.txt 'at least 312': head: 'children' -> 'people'; counted: 'unaccompanied children sent back last week' -> 'people'
      163-dominican-today-dgm-weekly-deportations.txt '9,870': counted: 'returnees received at official crossing points during the week' -> 'returnees'
      163-dominican-today-dgm-weekly-deportations.txt '1,612': counted: "returnees fewer than the DGM's figure" -> 'returnees'
      163-dominican-today-dgm-weekly-deportations.txt 'up to 40%': counted: 'share of building-site workers in Santo Domingo who are Haitian' -> 'workers'
      164-haitian-times-dtm-gang-displacement.txt 'over 1.5 million': head: 'displaced' -> 'people'; counted: 'people displaced inside Haiti' -> 'people'
      164-haitian-times-dtm-gang-displacement.txt 'More than 1.5 million': source: 'International Organization for Migration' -> "International Organization for Migration's Displacement Tracking Matrix"; counted: 'people displaced inside Haiti' -> 'people'
      164-haitian-times-dtm-gang-displacement.txt '1,512,300': counted: 'people displaced in the latest DTM round' -> 'people'
      164-haitian-times-dtm-gang-displacement.txt '24%': counted: 'rise from the previous round' -> nan
      164-haitian-times-dtm-gang-displacement.txt '1,217,000': counted: 'people displaced in the previous round in June' -> 'people'
      164-haitian-times-dtm-gang-displacement.txt 'roughly 54%': counted: 'share of the displaced who are children' -> 'displaced'
      164-haitian-times-dtm-gang-displacement.txt '286': source: 'International Organization for Migration' -> 'IOM teams'; counted: 'IDP sites across the country' -> 'IDP sites'
      164-haitian-times-dtm-gang-displacement.txt '41': source: 'International Organization for Migration' -> 'IOM teams'; counted: 'IDP sites more than in June' -> 'IDP sites'
      164-haitian-times-dtm-gang-displacement.txt '112': counted: 'IDP sites in the Port-au-Prince metropolitan area' -> 'IDP sites'
      164-haitian-times-dtm-gang-displacement.txt 'an estimated 230,000': counted: 'people in IDP sites in the metropolitan area' -> 'people'
      164-haitian-times-dtm-gang-displacement.txt '1.28 million': head: 'displaced' -> 'people'; counted: 'displaced people staying with host families' -> 'people'
      164-haitian-times-dtm-gang-displacement.txt 'about 600,000': counted: "displaced people absorbed by Grand'Anse, Sud and Artibonite since the start of 2025" -> 'people'
      164-haitian-times-dtm-gang-displacement.txt 'about 4,800': counted: 'people at the Lycée Marie-Jeanne site' -> 'people'
      164-haitian-times-dtm-gang-displacement.txt '14': counted: 'latrines at the site' -> 'latrines'
      164-haitian-times-dtm-gang-displacement.txt 'five': counted: 'children who fled Solino with the mechanic' -> 'children'
      164-haitian-times-dtm-gang-displacement.txt '3,500': counted: 'families to be relocated from the most crowded sites' -> 'families'
      164-haitian-times-dtm-gang-displacement.txt '17 percent': part_of: nan -> '$908 million'; counted: 'share of the appeal funded' -> 'appeal for Haiti'
      164-haitian-times-dtm-gang-displacement.txt '198,417': counted: 'Haitians forcibly returned between January and October' -> 'Haitians'
      164-haitian-times-dtm-gang-displacement.txt 'nearly 92%': counted: 'share of returned Haitians sent back from the Dominican Republic' -> 'Haitians'
      165-bahamas-tci-haitian-repatriation-flights.txt '163': counted: 'Haitians repatriated from The Bahamas' -> 'Haitians'
      165-bahamas-tci-haitian-repatriation-flights.txt '163': counted: 'Haitian nationals repatriated to Cap-Haïtien on Tuesday' -> 'Haitian nationals to Cap-Ha'
      165-bahamas-tci-haitian-repatriation-flights.txt 'one hundred forty-one (141)': counted: 'migrants landed at Coral Harbour by the Defence Force' -> 'migrants'
      165-bahamas-tci-haitian-repatriation-flights.txt 'ninety-four (94)': counted: 'nationals on the first flight' -> 'nationals'
      165-bahamas-tci-haitian-repatriation-flights.txt 'sixty-one (61)': counted: 'males on the first flight' -> 'males'
      165-bahamas-tci-haitian-repatriation-flights.txt 'twenty-two (22)': counted: 'females on the first flight' -> 'females'
      165-bahamas-tci-haitian-repatriation-flights.txt 'eleven (11)': counted: 'minors on the first flight' -> 'minors'
      165-bahamas-tci-haitian-repatriation-flights.txt '69': counted: 'persons on the second flight' -> 'persons'
      165-bahamas-tci-haitian-repatriation-flights.txt '2,917': counted: 'migrants repatriated from The Bahamas since January' -> 'migrants'
      165-bahamas-tci-haitian-repatriation-flights.txt '1,846': counted: 'migrants repatriated in the whole of last year' -> 'migrants'
      165-bahamas-tci-haitian-repatriation-flights.txt 'roughly $68,000': head: 'BSD' -> 'USD'
      165-bahamas-tci-haitian-repatriation-flights.txt 'over $1 million': head: 'BSD' -> 'USD'
      165-bahamas-tci-haitian-repatriation-flights.txt '212': counted: 'detainees held at the Carmichael Road Detention Centre' -> 'detainees'
      165-bahamas-tci-haitian-repatriation-flights.txt '40-foot': counted: 'length of the Haitian sailing vessel' -> 'Haitian sailing vessel'
      165-bahamas-tci-haitian-repatriation-flights.txt 'about six nautical miles': counted: 'distance north of West Caicos' -> 'north'
      165-bahamas-tci-haitian-repatriation-flights.txt '127': counted: 'people on board the intercepted vessel' -> 'people'
      165-bahamas-tci-haitian-repatriation-flights.txt '104': counted: 'males on board' -> 'males'
      165-bahamas-tci-haitian-repatriation-flights.txt '23': counted: 'females on board' -> 'females'
      165-bahamas-tci-haitian-repatriation-flights.txt '72 hours': counted: 'time until repatriation' -> nan
      165-bahamas-tci-haitian-repatriation-flights.txt 'more than 1,100': counted: 'Haitians intercepted in TCI waters in 2026' -> 'Haitians'
      165-bahamas-tci-haitian-repatriation-flights.txt '740': counted: 'Haitians intercepted in the same period a year ago' -> 'Haitians'
      165-bahamas-tci-haitian-repatriation-flights.txt '1,026': counted: 'returnees received from The Bahamas and TCI since July 1' -> 'returnees'
      165-bahamas-tci-haitian-repatriation-flights.txt 'two': counted: 'territories the returnees came from' -> 'territories'
      165-bahamas-tci-haitian-repatriation-flights.txt 'one in ten': head: 'people' -> nan; counted: "share of Haiti's people who are displaced" -> nan

Rules made after the blind run, each general to how this copy is written (each with rows
below, checked to fail at a528fe2 before it):

- bf5ea4e: a dateline closed by a full stop and a hyphen ("Santo Domingo.- The DGM
  reported") ends before the speaker, as a free-standing dash does.
- 5c3efc6: "the institution said/detailed" is the body named last, whatever its kind
  (Latin American copy in English renders "la institución" so).
- 2906d68: a bare "$" in Bahamian, Jamaican, Trinidadian and Barbadian copy is the local
  dollar (BSD, JMD, TTD, BBD rows in dollar_countries.csv; Haiti and the TCI keep USD).
- 9b46f63: a number after a speaker's name at a sentence's end is an age also after the
  speaker's role or "according to" ("according to site committee president Roseline
  Thervil, 46."), for a name of two words or more that is no place.
- b4ec82c: "Of those deported, 8,915 were men" is a part of the count the same verb told
  up to three sentences back ("it deported 11,482", "3,100 were deported"), before the
  latest count of people (here the 14,206 detained).
- fa7f4a3 (and the commit with this module, which lets a capitalised word such as
  "Friday" into the phrase): "312 of the people sent back last week were unaccompanied
  children" takes its head from the noun after the verb past a participle's phrase on the
  noun, as "4,870 of the returnees were minors" did.

Each rule's regression diff (``/work/notes/tools/regress.py`` against base19.json) changed
0 of 6393 texts in the end (a first version of b4ec82c changed two, "Of those approved" and
"Of those returned": its window after a count reached the opener itself and missed "and
returned them" 21 characters on; both fixed before the commit); the dev set stays at 1.000
and the second dev set moves only on 163-165.

Seen and left alone: the head of "the 10,000 target" ("target") and of the goal "of 10,000
a week" (the nationals before it; the gold restores "haitians"); "According to the
statement, agents detained 14,206 ..." (no source: the statement's owner is the DGM named a
paragraph before); crossings counted in brackets after the crossing's name ("the Dajabón
crossing (4,310)") take the fallback "people", not the Haitians the paragraph counts; "IOM
teams counted" keeps "IOM teams" and "the International Organization for Migration's
Displacement Tracking Matrix" keeps the matrix (the project keeps such phrases whole);
"Haiti's displaced to over 1.5 million" and "The remaining 1.28 million displaced" take
"people"; "17 percent funded" is read as a share of the appeal's "$908 million" (arguably
right; the gold leaves part_of empty); "one in ten are displaced" has no head. "counted" is
not scored.

Final score of the three reports (after the rules; ``python -m analysis.evaluate
/tmp/caribbean-final --misses``, the batch alone)::

    report                                            gold  pred match      P      R     F1  date
    163-dominican-today-dgm-weekly-deportations.txt     25    25    25  1.000  1.000  1.000  ok
    164-haitian-times-dtm-gang-displacement.txt         24    24    24  1.000  1.000  1.000  ok
    165-bahamas-tci-haitian-repatriation-flights.txt    25    25    25  1.000  1.000  1.000  ok
    TOTAL                                               74    74    74  1.000  1.000  1.000  1.000

    field accuracy over 74 matched figures:
      bound                         1.000  (74/74)
      kind                          1.000  (74/74)
      head                          0.878  (65/74)
      low_high                      1.000  (74/74)
      part_of                       0.986  (73/74)
      source                        0.932  (69/74)
      source (lenient: surname ok)  0.932  (69/74)
      counted                       0.162  (12/74)
      date (per report)             1.000

    misses (gold not found): 0; extras (not in gold): 0

    matched figures with a field wrong (gold -> predicted):
      163-dominican-today-dgm-weekly-deportations.txt '11,482': counted: 'Haitians deported in a week' -> 'Haitians'
      163-dominican-today-dgm-weekly-deportations.txt '10,000': head: 'haitians' -> 'target'; counted: 'weekly deportation target' -> 'target'
      163-dominican-today-dgm-weekly-deportations.txt '11,482': counted: 'undocumented Haitian nationals deported between October 5 and 11' -> 'undocumented Haitian nationals'
      163-dominican-today-dgm-weekly-deportations.txt '10,000': head: 'haitians' -> 'nationals'; counted: "Government's weekly deportation goal" -> 'undocumented Haitian nationals'
      163-dominican-today-dgm-weekly-deportations.txt '14,206': source: 'Dirección General de Migración' -> nan; counted: 'foreigners detained in interdiction operations' -> 'foreigners'
      163-dominican-today-dgm-weekly-deportations.txt '2,724': source: 'Dirección General de Migración' -> nan; counted: 'detained foreigners released with valid documents' -> 'foreigners'
      163-dominican-today-dgm-weekly-deportations.txt '8,915': counted: 'deported men' -> 'men'
      163-dominican-today-dgm-weekly-deportations.txt '1,873': counted: 'deported women' -> 'women'
      163-dominican-today-dgm-weekly-deportations.txt '694': counted: 'deported minors who travelled with their parents' -> 'minors'
      163-dominican-today-dgm-weekly-deportations.txt '4,310': head: 'haitians' -> 'people'; counted: 'Haitians deported through the Dajabón crossing' -> 'people'
      163-dominican-today-dgm-weekly-deportations.txt '3,206': head: 'haitians' -> 'people'; counted: 'Haitians deported through Elías Piña' -> 'people'
      163-dominican-today-dgm-weekly-deportations.txt '2,519': head: 'haitians' -> 'people'; counted: 'Haitians deported through Jimaní' -> 'people'
      163-dominican-today-dgm-weekly-deportations.txt '1,447': head: 'haitians' -> 'people'; counted: 'Haitians deported through Pedernales' -> 'people'
      163-dominican-today-dgm-weekly-deportations.txt '276,540': counted: 'people deported since January 1' -> 'people'
      163-dominican-today-dgm-weekly-deportations.txt '31%': counted: 'increase over the same period of 2025' -> nan
      163-dominican-today-dgm-weekly-deportations.txt '1,200': counted: 'capacity of the new wing at the Haina Reception Center' -> 'detainees'
      163-dominican-today-dgm-weekly-deportations.txt '30 days': counted: 'time until the new wing opens' -> nan
      163-dominican-today-dgm-weekly-deportations.txt 'at least 312': counted: 'unaccompanied children sent back last week' -> 'unaccompanied children'
      163-dominican-today-dgm-weekly-deportations.txt '9,870': counted: 'returnees received at official crossing points during the week' -> 'returnees'
      163-dominican-today-dgm-weekly-deportations.txt '1,612': counted: "returnees fewer than the DGM's figure" -> 'returnees'
      163-dominican-today-dgm-weekly-deportations.txt 'up to 40%': counted: 'share of building-site workers in Santo Domingo who are Haitian' -> 'workers'
      164-haitian-times-dtm-gang-displacement.txt 'over 1.5 million': head: 'displaced' -> 'people'; counted: 'people displaced inside Haiti' -> 'people'
      164-haitian-times-dtm-gang-displacement.txt 'More than 1.5 million': source: 'International Organization for Migration' -> "International Organization for Migration's Displacement Tracking Matrix"; counted: 'people displaced inside Haiti' -> 'people'
      164-haitian-times-dtm-gang-displacement.txt '1,512,300': counted: 'people displaced in the latest DTM round' -> 'people'
      164-haitian-times-dtm-gang-displacement.txt '24%': counted: 'rise from the previous round' -> nan
      164-haitian-times-dtm-gang-displacement.txt '1,217,000': counted: 'people displaced in the previous round in June' -> 'people'
      164-haitian-times-dtm-gang-displacement.txt 'roughly 54%': counted: 'share of the displaced who are children' -> 'displaced'
      164-haitian-times-dtm-gang-displacement.txt '286': source: 'International Organization for Migration' -> 'IOM teams'; counted: 'IDP sites across the country' -> 'IDP sites'
      164-haitian-times-dtm-gang-displacement.txt '41': source: 'International Organization for Migration' -> 'IOM teams'; counted: 'IDP sites more than in June' -> 'IDP sites'
      164-haitian-times-dtm-gang-displacement.txt '112': counted: 'IDP sites in the Port-au-Prince metropolitan area' -> 'IDP sites'
      164-haitian-times-dtm-gang-displacement.txt 'an estimated 230,000': counted: 'people in IDP sites in the metropolitan area' -> 'people'
      164-haitian-times-dtm-gang-displacement.txt '1.28 million': head: 'displaced' -> 'people'; counted: 'displaced people staying with host families' -> 'people'
      164-haitian-times-dtm-gang-displacement.txt 'about 600,000': counted: "displaced people absorbed by Grand'Anse, Sud and Artibonite since the start of 2025" -> 'people'
      164-haitian-times-dtm-gang-displacement.txt 'about 4,800': counted: 'people at the Lycée Marie-Jeanne site' -> 'people'
      164-haitian-times-dtm-gang-displacement.txt '14': counted: 'latrines at the site' -> 'latrines'
      164-haitian-times-dtm-gang-displacement.txt 'five': counted: 'children who fled Solino with the mechanic' -> 'children'
      164-haitian-times-dtm-gang-displacement.txt '3,500': counted: 'families to be relocated from the most crowded sites' -> 'families'
      164-haitian-times-dtm-gang-displacement.txt '17 percent': part_of: nan -> '$908 million'; counted: 'share of the appeal funded' -> 'appeal for Haiti'
      164-haitian-times-dtm-gang-displacement.txt '198,417': counted: 'Haitians forcibly returned between January and October' -> 'Haitians'
      164-haitian-times-dtm-gang-displacement.txt 'nearly 92%': counted: 'share of returned Haitians sent back from the Dominican Republic' -> 'Haitians'
      165-bahamas-tci-haitian-repatriation-flights.txt '163': counted: 'Haitians repatriated from The Bahamas' -> 'Haitians'
      165-bahamas-tci-haitian-repatriation-flights.txt '163': counted: 'Haitian nationals repatriated to Cap-Haïtien on Tuesday' -> 'Haitian nationals to Cap-Ha'
      165-bahamas-tci-haitian-repatriation-flights.txt 'one hundred forty-one (141)': counted: 'migrants landed at Coral Harbour by the Defence Force' -> 'migrants'
      165-bahamas-tci-haitian-repatriation-flights.txt 'ninety-four (94)': counted: 'nationals on the first flight' -> 'nationals'
      165-bahamas-tci-haitian-repatriation-flights.txt 'sixty-one (61)': counted: 'males on the first flight' -> 'males'
      165-bahamas-tci-haitian-repatriation-flights.txt 'twenty-two (22)': counted: 'females on the first flight' -> 'females'
      165-bahamas-tci-haitian-repatriation-flights.txt 'eleven (11)': counted: 'minors on the first flight' -> 'minors'
      165-bahamas-tci-haitian-repatriation-flights.txt '69': counted: 'persons on the second flight' -> 'persons'
      165-bahamas-tci-haitian-repatriation-flights.txt '2,917': counted: 'migrants repatriated from The Bahamas since January' -> 'migrants'
      165-bahamas-tci-haitian-repatriation-flights.txt '1,846': counted: 'migrants repatriated in the whole of last year' -> 'migrants'
      165-bahamas-tci-haitian-repatriation-flights.txt '212': counted: 'detainees held at the Carmichael Road Detention Centre' -> 'detainees'
      165-bahamas-tci-haitian-repatriation-flights.txt '40-foot': counted: 'length of the Haitian sailing vessel' -> 'Haitian sailing vessel'
      165-bahamas-tci-haitian-repatriation-flights.txt 'about six nautical miles': counted: 'distance north of West Caicos' -> 'north'
      165-bahamas-tci-haitian-repatriation-flights.txt '127': counted: 'people on board the intercepted vessel' -> 'people'
      165-bahamas-tci-haitian-repatriation-flights.txt '104': counted: 'males on board' -> 'males'
      165-bahamas-tci-haitian-repatriation-flights.txt '23': counted: 'females on board' -> 'females'
      165-bahamas-tci-haitian-repatriation-flights.txt '72 hours': counted: 'time until repatriation' -> nan
      165-bahamas-tci-haitian-repatriation-flights.txt 'more than 1,100': counted: 'Haitians intercepted in TCI waters in 2026' -> 'Haitians'
      165-bahamas-tci-haitian-repatriation-flights.txt '740': counted: 'Haitians intercepted in the same period a year ago' -> 'Haitians'
      165-bahamas-tci-haitian-repatriation-flights.txt '1,026': counted: 'returnees received from The Bahamas and TCI since July 1' -> 'returnees'
      165-bahamas-tci-haitian-repatriation-flights.txt 'two': counted: 'territories the returnees came from' -> 'territories'
      165-bahamas-tci-haitian-repatriation-flights.txt 'one in ten': head: 'people' -> nan; counted: "share of Haiti's people who are displaced" -> nan
"""

from __future__ import annotations

import pytest
from devset2_checks import assert_floors
from figure_checks import check_figures

C, P, M, D = "count", "percent", "money", "duration"
E, LO, UP, AP, R = "exact", "lower", "upper", "approximate", "range"

# The constructions that failed in the three reports, each in other words (written by hand
# before the fix that makes it pass, and checked to fail before it), and guards that pass
# before and after.
CASES = [
    (
        "invented/Dominican Today: a dateline closed by '.-' before the body that reports",
        "Santo Domingo.- The National Statistics Office reported on Tuesday that 1,250 "
        "foreigners were counted in the survey.",
        [("1,250", 1250, E, C, None, {"source": "National Statistics Office"})],
    ),
    (
        "invented/Diario Libre in English: the same before a group of speakers",
        "Punta Cana.- Tourism unions said 14,000 jobs depended on Haitian labour.",
        [("14,000", 14000, E, C, None, {"source": "Tourism unions"})],
    ),
    (
        "invented/Latin American copy in English: 'the institution said' after a body",
        "The National Migration Institute detained 2,100 migrants in Chiapas last week. Of "
        "them, 640 were minors, the institution said.",
        [
            ("2,100", 2100, E, C, None),
            ("640", 640, E, C, None, {"source": "National Migration Institute"}),
        ],
    ),
    (
        "invented/Nassau Guardian: a bare dollar in Bahamian copy",
        "Immigration officials in Nassau said The Bahamas spent $2.4 million on repatriation "
        "flights last year.",
        [("$2.4 million", 2.4e6, E, M, "BSD")],
    ),
    (
        "invented/Jamaica Gleaner: a bare dollar in Jamaican copy",
        "The Jamaican Government has set aside $150 million to resettle deportees arriving "
        "in Kingston, officials said.",
        [("$150 million", 1.5e8, E, M, "JMD")],
    ),
    (
        "invented/Trinidad Guardian: a bare dollar in Trinidadian copy",
        "The Ministry of National Security in Port of Spain said Trinidad and Tobago spent "
        "$3.2 million on the Heliport detention centre.",
        [("$3.2 million", 3.2e6, E, M, "TTD")],
    ),
    (
        "invented/guard, Haitian Times: a bare dollar in Haitian copy stays the US dollar",
        "Each family will receive $380 from the government, officials in Port-au-Prince said.",
        [("$380", 380, E, M, "USD")],
    ),
    (
        "invented/Haitian Times: an age after 'according to' a role and a name",
        "The camp holds 1,400 people, according to camp manager Fedner Pierre, 38.",
        [("1,400", 1400, E, C, None, {"source": "Fedner Pierre"})],
    ),
    (
        "invented/Le Nouvelliste in English: an age after 'said its pastor,' and a name",
        "About 300 people sleep in the church hall, said its pastor, Wilner Augustin, 61.",
        [("About 300", 300, AP, C, None)],
    ),
    (
        "invented/AP: 'Of those deported' is of the deportations, not the detentions",
        "Border agents detained 5,000 people last month, of whom 3,100 were deported. Of "
        "those deported, 900 were women.",
        [
            ("5,000", 5000, E, C, None),
            ("3,100", 3100, E, C, None, {"part_of": 0}),
            ("900", 900, E, C, None, {"head": "women", "part_of": 1}),
        ],
    ),
    (
        "invented/Trinidad Newsday: the same past a later count of something else",
        "Police deported 2,400 Venezuelans in March. The coast guard also intercepted 3,000 "
        "migrants at sea. Of those deported, 610 were children.",
        [
            ("2,400", 2400, E, C, None),
            ("3,000", 3000, E, C, None),
            ("610", 610, E, C, None, {"head": "children", "part_of": 0}),
        ],
    ),
    (
        "invented/guard, wire copy: 'Of those intercepted' after the one count before",
        "Officers stopped 900 people. Of those intercepted, 450 were women.",
        [("900", 900, E, C, None), ("450", 450, E, C, None, {"part_of": 0})],
    ),
    (
        "invented/Haitian Times: the part named after the verb, past a participle",
        "Police said 15 of the people arrested were minors.",
        [("15", 15, E, C, None, {"head": "minors", "source": "Police"})],
    ),
    (
        "invented/Dominican Today: the same past a participle's longer phrase",
        "Some 200 of the people sent back on Friday were children, the group said.",
        [("Some 200", 200, AP, C, None, {"head": "children"})],
    ),
    (
        "invented/guard: no noun after the verb keeps the noun before it",
        "About 60 of the detainees questioned were afraid.",
        [("About 60", 60, AP, C, None, {"head": "detainees"})],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_devset2_caribbean_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))


# Scores of the batch as they stand after this round's rules (rounded down): a regression
# fails, an improvement may raise them.
FLOORS = {
    "163-dominican-today-dgm-weekly-deportations.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.76,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 0.92,
    },
    "164-haitian-times-dtm-gang-displacement.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.91,
        "low_high": 1.0,
        "part_of": 0.95,
        "source": 0.87,
    },
    "165-bahamas-tci-haitian-repatriation-flights.txt": {
        "f1": 1.0,
        "bound": 1.0,
        "kind": 1.0,
        "head": 0.96,
        "low_high": 1.0,
        "part_of": 1.0,
        "source": 1.0,
    },
}


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_devset2_caribbean_floors(name):
    assert_floors(name, FLOORS[name])
