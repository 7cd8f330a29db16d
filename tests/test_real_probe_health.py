"""Forms read in real health and medical copy, rewritten as invented cases (session 6,
realprobe6b).

A helper read real reports through the stored-pages search (none is kept here): clinical
study write-ups and abstracts (hazard ratios with confidence intervals, p-values, cohort
sizes and follow-up years), blood-pressure trial copy (SPRINT-style "120 mm Hg" targets),
dosage pages and drug labels (mg, µg, mcg, IU, "two 200 mg pills", "3.6 g"), step-count and
exercise studies, sugar and calorie guidance, BMI and dementia cohorts, resting heart rate
studies, WHO cholera and H5N1 tallies, weight-loss drug trial results, FDA approval and
drug-price copy, and NHS A&E waiting-time copy. Each failure that looked general became one
or more sentences below, INVENTED in the same construction with other names and numbers;
the id names the desk it imitates. Some cases are guards: constructions of these desks that
already worked (NHS waits, "phase 3", "Type 2 diabetes", "1.5 times more likely"), kept so
they stay working. The expected rows were written by hand before the extractor was run.

Conventions are those of tests/test_unseen_styles.py: each row is ``(text, value or (low,
high), bound, kind, unit)`` plus an optional dict of further fields (``part_of`` as the index
of the whole among the expected rows, ``head``, ``source`` compared as the scorer does; a
tuple of sources lists answers that are all right). A p-value is no figure (it measures the
evidence, not the world); a multiplier ("1.5 times more likely") is none either, as in the
other tables. Left out as open conventions: hazard, odds and risk ratios themselves ("a
hazard ratio of 0.77": a ratio, counted or not), standard deviations "(SD 5)", blood pressure
written "140/90", fractions in brackets "(132/235)", and the unit of an IU (pint has none).

Before this branch's fixes (``pytest tests/test_real_probe_health.py`` on the branch point,
01aefa1), 12 of the first 40 cases passed: nine of the ten guards (not "stage 4 cancer",
lower-case "stage" was no name yet), "P=.04" (already an identifier glued to "=") and "one
in a thousand"; "a count, its share in brackets, then of the noun"
was written for a head seen wrong in real copy that the invented sentence did not reproduce,
and stays as a guard. One row was corrected after the first run to the tables' convention
("10-20 mg a day" is a rate in milligrams a day, as "120 kilometres per hour" is).
Each later reading added cases written before they were run, then checked against the
tree before that reading's fix (the committed ``analysis`` archived aside and run): all
failed before their fix except four kept as guards, named in their ids or comments ("a
share of people who ... said", "pounds lost by a club", "the 5g network", and the first
reading's bracketed-share case). In all, of the 77 cases, 15 pass with the branch point's
``analysis`` (01aefa1) and with main's at the end of the session without this branch
(d747ad5), 77 with it (``pytest tests/test_real_probe_health.py``).
"""

from __future__ import annotations

import pytest
from figure_checks import ANY, check_figures

E, C, P, M, D, MON = "exact", "count", "percent", "measure", "duration", "money"
LO, UP, AP, R = "lower", "upper", "approximate", "range"

# (id, sentence, [(text, value or (low, high), bound, kind, unit[, extra])])
CASES = [
    # A p-value after "p<", "P =", "p value" or "a p-value of" was a count (an upper bound
    # for "p < 0.0001"): it is the strength of the evidence, not a quantity of the world.
    (
        "invented/journal write-up: p<0.001 in brackets is no figure",
        "The drug cut the risk of stroke by 18% (p<0.001) in 6,200 patients.",
        [
            ("18%", 18, E, P, "%"),
            ("6,200", 6200, E, C, None, {"head": "patients"}),
        ],
    ),
    (
        "invented/wire health: P = 0.03 with spaces",
        "Deaths fell 12% among those given the vaccine (P = 0.03), the authors wrote.",
        [("12%", 12, E, P, "%", {"source": "the authors"})],
    ),
    (
        "invented/journal abstract: P=.04 without a leading zero",
        "The effect held in women (P=.04) but not in men (P=.38).",
        [],
    ),
    (
        "invented/journal abstract: p < 0.0001 after a duration",
        "Median survival improved by 4.1 months (p < 0.0001).",
        [("4.1 months", 4.1, E, D, "month")],
    ),
    (
        "invented/science desk: a p-value of N",
        "The trial of 1,150 adults reported a p-value of 0.002 for the main outcome.",
        [("1,150", 1150, E, C, None, {"head": "adults"})],
    ),
    (
        "invented/journal abstract: P value for interaction = N",
        "Benefits were similar by sex (P value for interaction = 0.61).",
        [],
    ),
    (
        "invented/cohort abstract: P for trend = N",
        "Risk rose with intake across 8,300 adults (P for trend = 0.004).",
        [("8,300", 8300, E, C, None, {"head": "adults"})],
    ),
    # Blood pressure in millimetres of mercury: "140 mmHg" was a count of "mmHg", and "120 mm
    # Hg" a length in millimetres.
    (
        "invented/health desk: mmHg glued",
        "The pill lowered systolic blood pressure by 9.8 mmHg over 12 weeks.",
        [
            ("9.8 mmHg", 9.8, E, M, "millimeter_Hg"),
            ("12 weeks", 12, E, D, "week"),
        ],
    ),
    (
        "invented/health desk: mm Hg spaced, with a bound",
        "A reading above 140 mm Hg counts as high blood pressure.",
        [("above 140 mm Hg", 140, LO, M, "millimeter_Hg")],
    ),
    (
        "invented/health desk: millimetres of mercury spelt out",
        "Doctors aimed for 130 millimetres of mercury in 4,000 patients.",
        [
            ("130 millimetres of mercury", 130, E, M, "millimeter_Hg"),
            ("4,000", 4000, E, C, None, {"head": "patients"}),
        ],
    ),
    (
        "invented/trial table as prose: a sign before mm Hg",
        "The target was systolic pressure <130 mm Hg.",
        [("<130 mm Hg", 130, UP, M, "millimeter_Hg")],
    ),
    # Doses in micrograms and international units: "10 µg" was a bare count, "25mcg" nothing,
    # "1,000 IU" a count of "IU"; a spaced "g" before a full stop was a count of "g".
    (
        "invented/nutrition: mcg and IU",
        "Adults need 10 mcg of vitamin D a day, or 400 IU.",
        [
            ("10 mcg", 10, E, M, "microgram"),
            ("400 IU", 400, E, M, ANY),
        ],
    ),
    (
        "invented/drug label: mcg glued",
        "Each inhaler puff delivers 100mcg of the steroid.",
        [("100mcg", 100, E, M, "microgram")],
    ),
    (
        "invented/drug label: µg spaced",
        "Each tablet holds 25 µg of levothyroxine.",
        [("25 µg", 25, E, M, "microgram")],
    ),
    (
        "invented/overdose report: a spaced g before a full stop",
        "The largest dose taken was 4.5 g.",
        [("4.5 g", 4.5, E, M, "gram")],
    ),
    (
        "invented/drug label: a spaced g before a comma",
        "Adults may take up to 4 g, split into four doses.",
        [("up to 4 g", 4, UP, M, "gram"), ("four", 4, E, C, None, {"head": "doses"})],
    ),
    (
        "invented/guard: two 500mg tablets",
        "Patients took two 500mg tablets a day.",
        [
            ("two", 2, E, C, None, {"head": "tablets"}),
            ("500mg", 500, E, M, "milligram"),
        ],
    ),
    (
        "invented/guard: millilitres glued",
        "Give children 5ml of the syrup every four hours.",
        [("5ml", 5, E, M, "milliliter"), ("four hours", 4, E, D, "hour")],
    ),
    # Web copy joins numbers and units with the non-breaking hyphen U+2011 (and the hyphen
    # U+2010): "70‑kg" gave a bare count and "10‑20 mg" two figures.
    (
        "invented/dosage page: non-breaking hyphens in a measure and a range",
        "A 70\u2011kg patient would take 10\u201120 mg a day.",
        [
            ("70\u2011kg", 70, E, M, "kilogram"),
            # first annotated "10\u201120 mg" in milligrams; the tables' convention reads
            # "mg a day" as a rate, as "120 kilometres per hour" (corrected after the run)
            ("10\u201120 mg a day", (10, 20), R, M, "milligram / day"),
        ],
    ),
    (
        "invented/dosage page: type\u20112 is a name, 1\u2011in\u20115 a share",
        "Nearly 1\u2011in\u20115 adults in the town have type\u20112 diabetes.",
        [("Nearly 1\u2011in\u20115", 20, UP, P, "%")],
    ),
    (
        "invented/clinic copy: a hyphen U+2010 before a duration word",
        "The 12\u2010week course costs $1,200.",
        [("12\u2010week", 12, E, D, "week"), ("$1,200", 1200, E, MON, "USD")],
    ),
    # A reporting verb whose subject is the figure itself ("Eighteen people showed signs"):
    # the counted people were their own source.
    (
        "invented/outbreak history: showed signs, the subject is counted",
        "Twelve patients showed signs of infection, and three of them died.",
        [
            ("Twelve", 12, E, C, None, {"source": None, "head": "patients"}),
            ("three", 3, E, C, None, {"part_of": 0, "source": None}),
        ],
    ),
    # "reported by more than a dozen countries": the qualifier was the source.
    (
        "invented/WHO tally: reported by a bounded number of countries",
        "More than 300 cases have been reported by at least 11 countries.",
        [
            (
                "More than 300",
                300,
                LO,
                C,
                None,
                {"source": (None, "at least 11 countries", "11 countries")},
            ),
            ("at least 11", 11, LO, C, None, {"head": "countries"}),
        ],
    ),
    # "reported" as an adjective ("among reported cases") or a participle after its noun
    # ("Cases reported in the district") is no reporting verb.
    (
        "invented/outbreak copy: mortality among reported cases",
        "Mortality among reported cases is about 40%.",
        [("about 40%", 40, AP, P, "%", {"source": None})],
    ),
    (
        "invented/outbreak copy: cases reported in a place",
        "Cases reported in the district rose to 1,340 last week.",
        [("1,340", 1340, E, C, None, {"source": None})],
    ),
    # Ages after a people noun with "and older" / "or older" / "and over": ages, not figures.
    (
        "invented/trial copy: adults N years and older",
        "The trial enrolled adults 60 years and older with heart failure.",
        [],
    ),
    (
        "invented/NHS copy: people N and older",
        "Boosters are offered to people 75 and older and to 1.2 million care workers.",
        [("1.2 million", 1.2e6, E, C, None, {"head": "workers"})],
    ),
    (
        "invented/study copy: women N years or older",
        "Women 50 years or older made up 62% of participants.",
        [("62%", 62, E, P, "%")],
    ),
    # "one in a million" was "one" and "a million", two counts.
    (
        "invented/vaccine safety: roughly one in a million",
        "The side effect strikes roughly one in a million recipients.",
        [("roughly one in a million", 0.0001, AP, P, "%")],
    ),
    (
        "invented/health desk: one in a thousand",
        "One in a thousand babies is born with the condition.",
        [("One in a thousand", 0.1, E, P, "%")],
    ),
    # A confidence interval in brackets after a percentage is in per cent too.
    (
        "invented/study write-up: a 95% CI after a percentage",
        "Obese patients had a 31% higher risk (95% CI 22-40) of dementia.",
        [("31%", 31, E, P, "%"), ("22-40", (22, 40), R, P, "%")],
    ),
    (
        "invented/vaccine write-up: a confidence interval with a comma and 'to'",
        "The vaccine was 68% effective (95% confidence interval, 51 to 79).",
        [("68%", 68, E, P, "%"), ("51 to 79", (51, 79), R, P, "%")],
    ),
    # "N (X%) of the men": the count's noun comes after the bracket.
    (
        "invented/cohort copy: a count, its share in brackets, then of the noun",
        "During follow-up, 212 (about 9%) of the volunteers developed diabetes.",
        [
            ("212", 212, E, C, None, {"head": "volunteers"}),
            ("about 9%", 9, AP, P, "%", {"head": "volunteers"}),
        ],
    ),
    # Second reading (Alzheimer's trial copy, risk explainers, mpox and WHO tallies): "by a
    # factor of two" was a count of "factor", "one in 10 million" two figures, and "raises
    # the risk by 5%" a share of the count before it ("One drink a day").
    (
        "invented/risk explainer: by a factor of N is a multiplier",
        "Heavy drinking raised the risk by a factor of three among 2,400 men.",
        [("2,400", 2400, E, C, None, {"head": "men"})],
    ),
    (
        "invented/vaccine safety: one in N million",
        "The reaction occurs in about one in 2 million doses.",
        [("about one in 2 million", 0.00005, AP, P, "%")],
    ),
    (
        "invented/health desk: a risk lowered by N% is no share of the count before it",
        "Two cups of coffee a day lowered the risk of gout by 14%.",
        [
            # a measure in cups since the merge with realprobe6d ("cups" before "of" is the
            # cooking unit); written first as the count "Two" with the head "cups"
            ("Two cups", 2, E, "measure", "cup"),
            ("14%", 14, E, P, "%", {"part_of": None}),
        ],
    ),
    # Third reading (NHS finance and activity copy, cancer survival, booster effectiveness):
    # "increased by around £10bn to £78bn" was one range, and "3.4 million type 1
    # admissions" counted "type" (the lower-case name cut the noun phrase).
    (
        "invented/NHS finance: a change by around £N, then the new level",
        "Health spending rose by around \u00a36bn to \u00a341bn last year.",
        [
            ("around \u00a36bn", 6e9, AP, MON, "GBP"),
            ("\u00a341bn", 41e9, E, MON, "GBP"),
        ],
    ),
    (
        "invented/NHS statistics: a lower-case 'type 1' inside the counted noun",
        "The trust logged 212,000 type 1 attendances in March.",
        [("212,000", 212000, E, C, None, {"head": "attendances"})],
    ),
    # Fourth reading (Lancet round-ups, insulin-price copy, WHO malaria reports): a count of
    # people before "who ... said" gave the relative clause's words as the source ("tried
    # menstrual cups"); "in people under 45 years" was a duration (the age limit's "under"
    # was dropped as "during"); "worldwide" was the noun a percentage counted.
    (
        "invented/survey write-up: a share of people who ... said is no source",
        "Some 60% of nurses who have worked night shifts said they felt unsafe.",
        [("Some 60%", 60, AP, P, "%", {"source": None, "head": "nurses"})],
    ),
    (
        "invented/screening copy: people under N years is an age",
        "The scan is offered to people under 40 years with a family history.",
        [],
    ),
    (
        "invented/WHO fact sheet: Children under N years opening the sentence",
        "Children under 5 years account for 40% of deaths.",
        [("40%", 40, E, P, "%")],
    ),
    (
        "invented/WHO report: worldwide is no counted noun",
        "Deaths fell by 30% worldwide and by 41% in Asia.",
        [("30%", 30, E, P, "%", {"head": None}), ("41%", 41, E, P, "%", {"head": None})],
    ),
    # Fifth reading (alcohol guidance, Covid dashboards in wire copy): "a bottle and a half
    # of wine" gave a share of the wine ("a half of"); "an hour and a half" gave nothing.
    (
        "invented/ambulance copy: an hour and a half",
        "Patients waited an hour and a half for an ambulance.",
        [("an hour and a half", 1.5, E, D, "hour")],
    ),
    (
        "invented/trial copy: about a year and a half of follow-up",
        "Volunteers were followed for about a year and a half of treatment.",
        [("about a year and a half", 1.5, AP, D, "year")],
    ),
    # BMI and HbA1c with their units (cohort abstracts): "BMI <20 kg/m²" gave nothing.
    (
        "invented/obesity study: a BMI in kg/m2",
        "Patients with a BMI above 35 kg/m2 were offered surgery.",
        [("above 35 kg/m2", 35, LO, M, "kilogram / meter ** 2")],
    ),
    (
        "invented/diabetes copy: HbA1c in mmol/mol",
        "An HbA1c reading of 53 mmol/mol counts as poorly controlled.",
        [("53 mmol/mol", 53, E, M, "millimole / mole")],
    ),
    # Sixth reading (UNAIDS fact sheets and wire copy on them): an uncertainty interval in
    # square brackets hid the counted noun after it (head "people"); a share between dashes
    # ("one quarter - 23% - of") was no share; an age in brackets after a people noun
    # ("women (15 and older)") was a count.
    (
        "invented/UN fact sheet: a bracketed interval before the counted noun",
        "An estimated 2.4 million [1.9 million\u20133.1 million] new TB cases were found.",
        [
            ("An estimated 2.4 million", 2.4e6, AP, C, None, {"head": "cases"}),
            ("1.9 million\u20133.1 million", (1.9e6, 3.1e6), R, C, None, {"head": "cases"}),
        ],
    ),
    (
        "invented/UN report: a share restated between dashes",
        "Nearly one third - 31% - of new cases were in children.",
        [
            ("Nearly one third", 100 / 3, UP, P, "%", {"head": "cases"}),
            ("31%", 31, E, P, "%", {"head": "cases"}),
        ],
    ),
    (
        "invented/UN fact sheet: an age in brackets after a people noun",
        "Some 64% of men (15 and older) were on treatment.",
        [("Some 64%", 64, AP, P, "%", {"head": "men"})],
    ),
    # Seventh reading (weight-loss drug approvals, child and maternal mortality reports):
    # "lose more than 12 pounds" in a drug trial was sterling.
    (
        "invented/weight-loss trial: pounds lost are a weight",
        "On the drug, patients lost an average of 21 pounds in a year.",
        [("21 pounds", 21, E, M, "pound")],
    ),
    (
        "invented/guard: pounds lost by a club are money",
        "The club lost 400 pounds on every ticket it sold.",
        [("400 pounds", 400, E, MON, "GBP")],
    ),
    # Eighth reading (Indian drug-price notifications): "a 1gm vial" and "5g warfarin" gave
    # nothing ("gm" unknown; a glued 2g-6g was read as the mobile network).
    (
        "invented/drug-price copy: grams written gm",
        "Each 2gm sachet holds the full dose.",
        [("2gm", 2, E, M, "gram")],
    ),
    (
        "invented/poisons copy: a small glued g before a drug",
        "A 3g paracetamol overdose can damage the liver.",
        [("3g", 3, E, M, "gram")],
    ),
    (
        "invented/guard: the 5g network stays no weight",
        "Operators switched on 5g masts in 12 towns.",
        [("12", 12, E, C, None, {"head": "towns"})],
    ),
    # A count glossed by a bounded share in brackets ("119 (just under 15%) of the men")
    # took the noun of the sentence before.
    (
        "invented/cohort copy: a count glossed by a bounded share, then of the noun",
        "Over the decade, 86 (just over 12%) of the women developed dementia.",
        [
            ("86", 86, E, C, None, {"head": "women"}),
            ("just over 12%", 12, LO, P, "%", {"head": "women"}),
        ],
    ),
    # Ninth reading (employer health-benefit surveys): "26 percent offer retiree health
    # benefits" counted the benefits, the verb's object.
    (
        "invented/benefits survey: a share that offers something counts no object",
        "Among large hospitals, 41 percent offer free parking to staff.",
        [("41 percent", 41, E, P, "%", {"head": "hospitals"})],
    ),
    # Tenth reading (vaccine-trial protocols and write-ups): "in a 2:1 ratio" gave a count
    # of 2, "Group 1 (n = 10)" a count of 1, and "0.5 mL" a bare count.
    (
        "invented/trial copy: an allocation ratio is no count",
        "Volunteers were assigned in a 3:1 ratio to the vaccine or a placebo.",
        [],
    ),
    (
        "invented/trial copy: a trial cohort named by its number",
        "Cohort 2 received a booster after 6 months.",
        [("6 months", 6, E, D, "month")],
    ),
    (
        "invented/vaccine label: mL with a capital L",
        "Each vial holds ten 0.5 mL doses.",
        [("ten", 10, E, C, None, {"head": "doses"}), ("0.5 mL", 0.5, E, M, "milliliter")],
    ),
    # Eleventh reading (JAMA and Lancet round-ups): "The study of over 150,000 former smokers
    # found that ... 27%" gave no source (the subject was cut at the thousands comma, and a
    # count in it made it no source, as "5,000 people said" is).
    (
        "invented/health survey: a survey of N parents found",
        "A survey of 3,500 parents found that 22% of children skip breakfast.",
        [
            ("3,500", 3500, E, C, None, {"head": "parents", "source": (None, "A survey")}),
            ("22%", 22, E, P, "%", {"head": "children", "source": "A survey"}),
        ],
    ),
    (
        "invented/cohort write-up: the study of more than N nurses found",
        "The study of more than 90,000 nurses found a 14% lower risk among walkers.",
        [
            ("more than 90,000", 90000, LO, C, None, {"head": "nurses"}),
            ("14%", 14, E, P, "%", {"source": "The study"}),
        ],
    ),
    # Twelfth reading (paracetamol dosing and poisons copy): doses by body weight ("15
    # mg/kg", "60 mg/kg/day") gave nothing; "4 g in any 24 hour period" was a count of g;
    # "dosed according to their lean body weight" made the weight a source.
    (
        "invented/dosing copy: mg/kg",
        "The usual dose is 20 mg/kg every eight hours.",
        [("20 mg/kg", 20, E, M, "milligram / kilogram"), ("eight hours", 8, E, D, "hour")],
    ),
    (
        "invented/poisons copy: mg/kg/day",
        "Doses above 90 mg/kg/day risk liver damage.",
        [("above 90 mg/kg/day", 90, LO, M, "milligram / day / kilogram")],
    ),
    (
        "invented/dosing copy: according to after 'dosed' is no source",
        "About 15% of patients were dosed according to their kidney function.",
        [("About 15%", 15, AP, P, "%", {"source": None, "head": "patients"})],
    ),
    (
        "invented/drug label: a spaced g before 'in'",
        "Adults should not take more than 3 g in 24 hours.",
        [("more than 3 g", 3, LO, M, "gram"), ("24 hours", 24, E, D, "hour")],
    ),
    (
        "invented/drug label: an age after 'aged' and a bound sign",
        "Doses differ for the 300 children aged < 12 years in the study.",
        [("300", 300, E, C, None, {"head": "children"})],
    ),
    # Thirteenth reading (Canadian wait-times reports): "While Ontario reports ..." made
    # "While Ontario" the fullest name of "Ontario", the source of the sentence before.
    (
        "invented/wait-times copy: a clause's 'While' is no part of a name",
        "Manitoba recorded a median wait of 31.2 weeks. While Manitoba reports the longest "
        "wait, Quebec reports 19.8 weeks.",
        [
            ("31.2 weeks", 31.2, E, D, "week", {"source": "Manitoba"}),
            ("19.8 weeks", 19.8, E, D, "week"),
        ],
    ),
    (
        "invented/wire: 'As Reuters reported' names Reuters",
        "As Reuters reported, 52 patients were evacuated.",
        [("52", 52, E, C, None, {"source": "Reuters"})],
    ),
    # A dash set before a wait ("longest for neurosurgery -46.9 weeks") made it negative.
    (
        "invented/wait-times copy: a dash before a duration is no minus",
        "Waits were longest for hip surgery -38.2 weeks in all.",
        [("38.2 weeks", 38.2, E, D, "week")],
    ),
    # Guards: health copy that already reads right.
    (
        "invented/guard: phase 3, Type 2 diabetes and a cut in risk",
        "The phase 3 trial of 4,500 people with Type 2 diabetes found the drug cut the risk "
        "of kidney failure by 23%.",
        [("4,500", 4500, E, C, None, {"head": "people"}), ("23%", 23, E, P, "%")],
    ),
    (
        "invented/guard: N times more likely and stage 4 cancer",
        "Smokers were 1.5 times more likely to develop stage 4 cancer, researchers said.",
        [],
    ),
    (
        "invented/guard: a variant named BA.2.86",
        "The BA.2.86 variant was found in 14 countries, the WHO said.",
        [("14", 14, E, C, None, {"head": "countries", "source": "the WHO"})],
    ),
    (
        "invented/guard: H5N1 in dairy herds",
        "Cases of H5N1 in dairy herds rose to 190 in 13 states.",
        [("190", 190, E, C, None), ("13", 13, E, C, None, {"head": "states"})],
    ),
    (
        "invented/guard: doubling time and an R range",
        "Cases are doubling every 3 days and the R number is between 1.2 and 1.4, officials said.",
        [
            ("3 days", 3, E, D, "day"),
            ("between 1.2 and 1.4", (1.2, 1.4), R, C, None, {"source": "officials"}),
        ],
    ),
    (
        "invented/guard: spending per head",
        "Spending per head will rise to \u00a33,150 next year.",
        [("\u00a33,150", 3150, E, MON, "GBP")],
    ),
    (
        "invented/guard: a gene therapy's list price",
        "The gene therapy carries a list price of $2.1m per patient.",
        [("$2.1m", 2.1e6, E, MON, "USD")],
    ),
    (
        "invented/guard: A&E waits of four hours",
        "Only 71.2% of A&E patients were seen within four hours in October.",
        [("71.2%", 71.2, E, P, "%"), ("four hours", 4, E, D, "hour")],
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_real_probe_health_figures(case):
    _, sentence, expected = case
    check_figures(sentence, expected)


def test_case_ids_unique():
    ids = [c[0] for c in CASES]
    assert len(ids) == len(set(ids))
