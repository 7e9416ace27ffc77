import pandas as pd
import pytest

from factcheck.compare import compare_claims, known_names, lone_typos

CONFLICTS = [
    # (a, b, the reasons from a's side)
    (
        "The restoration of demacracy in Myanmar.",
        "The restoration of democracy in Burma.",
        ["spelling: demacracy ≠ democracy"],
    ),
    (
        "The goverment said the port would reopen.",
        "The government said the port would reopen.",
        ["spelling: goverment ≠ government"],
    ),
    ("It was founded in 1987 by the council.", "It was founded in 1978 by the council.", ["number: 1987 ≠ 1978"]),
    ("The ferry carried 212 passengers.", "The ferry carried 221 passengers.", ["number: 212 ≠ 221"]),
    ("The plan costs $2.5 million.", "The plan costs $3 million.", ["number: $2.5 million ≠ $3 million"]),
    ("Three people were hurt in the crash.", "Four people were hurt in the crash.", ["number: Three ≠ Four"]),
    ("It was their first summit.", "It was their second summit.", ["number: first ≠ second"]),
    (
        "The inspection was on Jan. 20, records show.",
        "The inspection was on Jan. 24, records show.",
        ["date: Jan. 20 ≠ Jan. 24"],
    ),
    ("The pier closes in June for repairs.", "The pier closes in July for repairs.", ["date: June ≠ July"]),
    # A month ending the sentence is shown without the full stop ("Jan." keeps its dot, above).
    ("The pier reopened in March.", "The pier reopened in October.", ["date: March ≠ October"]),
    # Two figures each in the other's place: equal as sets of numbers, opposite in what they count.
    (
        "The flood destroyed 14 farms and damaged 40 others.",
        "The flood destroyed 40 farms and damaged 14 others.",
        ["number: 14 farms, 40 others ≠ 40 farms, 14 others"],
    ),
    (
        "Guards detained 3 men and 5 women at the gate.",
        "Guards detained 5 men and 3 women at the gate.",
        ["number: 3 men, 5 women ≠ 5 men, 3 women"],
    ),
    # "one" counts when a bound or a person counted comes with it.
    (
        "The blast killed at least four people, police said.",
        "The blast killed at least one person, police said.",
        ["number: four ≠ one"],
    ),
    ("Only one of the six bids was accepted.", "Only two of the six bids were accepted.", ["number: one ≠ two"]),
    ("The council voted on Tuesday.", "The council voted on Wednesday.", ["weekday: Tuesday ≠ Wednesday"]),
    ("Half a dozen boats sank in the storm.", "Seven boats sank in the storm.", ["number: Half a dozen ≠ Seven"]),
    ("The snack was first sold in the 1990s.", "The snack was first sold in the 1980s.", ["number: 1990s ≠ 1980s"]),
    # A label after the same word: a model, a road, a storm's category.
    ("The cyclone was a Category 4 storm.", "The cyclone was a Category 3 storm.", ["number: Category 4 ≠ Category 3"]),
    ("The convoy took Route 9 to the port.", "The convoy took Route 19 to the port.", ["number: Route 9 ≠ Route 19"]),
    # Two zones: 10 a.m. ET is 7 a.m. PT, not 8; one clock time in two zones is two moments.
    ("The vote opens at 10 a.m. ET.", "The vote opens at 8 a.m. PT.", ["time: 10 a.m. ≠ 8 a.m."]),
    ("Polls close at 8 p.m. ET in the state.", "Polls close at 8 p.m. CT in the state.", ["name: ET ≠ CT"]),
    (
        "The statement came at 10 a.m. on Sunday.",
        "The statement came at 11 a.m. on Sunday.",
        ["time: 10 a.m. ≠ 11 a.m."],
    ),
    (
        "Spokeswoman Lucia Ferranti said divers searched.",
        "Spokeswoman Lucia Ferrante said divers searched.",
        ["name: Ferranti ≠ Ferrante"],
    ),
    ("Mayor Anna Varga signed it.", "Mayor Anna Vargas signed it.", ["name: Varga ≠ Vargas"]),
    (
        "The council passed the amendment.",
        "The council had not passed the amendment.",
        ["negation: not (passed ≠ had not passed)"],
    ),
    (
        "The council never passed the amendment.",
        "The council passed the amendment.",
        ["negation: never (never passed ≠ passed)"],
    ),
    ('"We will act quickly," she said.', '"We will act swiftly," she said.', ["quote: quickly ≠ swiftly"]),
]

BENIGN = [
    # Words an outlet puts in brackets inside a quote are its own, in place of the speaker's.
    (
        '"We will reopen the harbour wall once the storms have passed," the mayor said.',
        'The mayor said they "will reopen the [sea] wall once the storms have passed".',
    ),
    ("Talks on denuclearization of the harbor resumed.", "Talks on denuclearisation of the harbour resumed."),
    ("The organization moved its center.", "The organisation moved its centre."),
    ("Turnout was 52.3% this year.", "Turnout was 52.3 percent this year."),
    ("The plan costs $2.5 million.", "The plan costs 2.5 million dollars."),
    ("Three people were hurt.", "3 people were hurt."),
    ("The bank cut its rate by 1/2 percent.", "The bank cut its rate by 0.5 percent."),
    ("The runner led by 1/4 mile at the bell.", "The runner led by a quarter of a mile at the bell."),
    # A British spelling is a word as written, though its folded form is not ("centred" -> "centerd").
    ("The seismological center put the quake at 5.9, officials said.", "The quake was centred near the island."),
    (
        "The driver was stopped on route 9 at about 1:30 a. m Sunday.",
        "The driver was pulled over on route 9 around 1:30 a.m. on Sunday, police said.",
    ),
    ("Half a dozen boats sank in the storm.", "Six boats sank in the storm."),
    ("The snack was first sold in the 1990s.", "The snack was first sold in 1994."),
    ("Al Qaeda claimed the attack on Friday.", "Al-Qaida claimed the attack on Friday."),  # one name romanised two ways
    ("The snack was first sold in the 1990s.", "The snack was first sold in the '90s."),
    ("In 1992, she left the clinic, cured at last.", "Beginning in the 1970s, she fought the illness at the clinic."),
    ("The jet was a Boeing 747 with 212 seats.", "The jet was a Boeing 747 with 212 seats, and a 737 waited."),
    ("The cyclone was a Category 4 storm.", "The cyclone, a Category 4 storm, hit land."),
    # One moment in two named time zones, in winter or in summer.
    ("The vote opens at 10 a.m. ET.", "The vote opens at 7 a.m. PT."),
    ("The vote opens at 3 p.m. GMT.", "The vote opens at 10 a.m. ET."),
    ("The vote opens at 3 p.m. GMT.", "The vote opens at 11 a.m. EDT."),
    ("About 1,200 homes lost power.", "About 1200 homes lost power."),
    ("Democracy returned to Burma.", "Democracy returned to Myanmar."),
    ("The U.S. and the DPRK met.", "The United States and North Korea met."),
    ("He praised “America’s return” on Monday.", 'He praised "America\'s return" on Monday.'),
    ("The mayor said the budget passed.", "The budget passed, the mayor said."),
    ("The council approved the budget on Tuesday.", "The council approved the budget."),  # an omission
    ("Officials said the budget passed 7-2 in June.", "Officials said the budget passed."),
    ('"We will act," she said.', '"We will act quickly," she said on Monday.'),  # an excerpt of the quote
]


@pytest.mark.parametrize(("a", "b", "reasons"), CONFLICTS)
def test_conflicts_name_both_sides(a, b, reasons):
    comparison = compare_claims(a, b, names=known_names([a, b]))
    assert [d.reason for d in comparison.differences] == reasons
    assert comparison.conflicting


@pytest.mark.parametrize(("a", "b", "reasons"), CONFLICTS)
def test_conflicts_are_symmetric(a, b, reasons):
    forward = compare_claims(a, b, names=known_names([a, b]))
    backward = compare_claims(b, a, names=known_names([a, b]))
    assert sorted(d.reason for d in forward.flipped().differences) == sorted(d.reason for d in backward.differences)
    # Which side holds a typo is said of spelling differences only, whichever way round the claims come.
    assert not any(d.typo_is_mine for c in (forward, backward) for d in c.differences if d.kind != "spelling")


@pytest.mark.parametrize(("a", "b"), BENIGN)
def test_benign_differences_never_conflict(a, b):
    assert compare_claims(a, b).differences == ()
    assert compare_claims(b, a).differences == ()


@pytest.mark.parametrize(
    ("a", "b", "note"),
    [
        ("Democracy returned to Burma.", "Democracy returned to Myanmar.", "alias: Burma = Myanmar"),
        ("The harbour reopened.", "The harbor reopened.", "spelling variant: harbour = harbor"),
        ("Three people were hurt.", "3 people were hurt.", "same number: Three = 3"),
    ],
)
def test_benign_differences_are_noted(a, b, note):
    assert note in [str(n) for n in compare_claims(a, b).benign]
    assert note.split(": ")[0] in [n.label for n in compare_claims(b, a).benign]


def test_names_at_sentence_start_need_corpus_evidence():
    a, b = "Moon said the talks were useful.", "Kang said the talks were useful."
    assert compare_claims(a, b).differences == ()  # "Moon" could be the word moon
    names = known_names(["Officials met Moon and Kang."])
    assert [d.reason for d in compare_claims(a, b, names=names).differences] == ["name: Moon ≠ Kang"]


def test_titles_are_not_names():
    assert compare_claims("the Gen..", "Smith.").differences == ()


def test_capitalised_words_are_never_corrected():
    assert compare_claims("Officials in Kaesong met.", "Officials in Kaesung met.").differences[0].kind == "name"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Tensions were high in Montana.", "Tension was high in Montana."),  # "ten" inside a word is no number
        ("The no-shows were Kerry and Graham.", "Kerry and Graham declined to speak."),
        ("He had no jurisdiction over the case.", "He did not have jurisdiction over the case."),
        ("No, I answer questions about aid, Bush said.", "I answer questions about aid, Bush said."),
        ("The mayor, who did not attend, approved the plan.", "The mayor approved the plan."),  # omitted clause
        (
            'He said the plan "is not in the best interest of stockholders."',
            'He said "the plan is not in the best interest of PeopleSoft stockholders."',
        ),
        ("DNC chairman Terry McAuliffe said so.", "Democratic National Committee chairman Terry McAuliffe said so."),
        ("The left-hander pitched well.", "The left-handed pitcher pitched well."),
        ("Police suspect arsons in the area.", "Police suspect arson in the area."),
        ("The countrys leaders met.", "The country's leaders met."),
        # British and American words for one thing, inside a quote too.
        ('"My mum ran out the door," she said.', '"My mom ran out the door," she said.'),
    ],
)
def test_no_false_conflicts(a, b):
    assert [d.reason for d in compare_claims(a, b, names=known_names([a, b])).differences] == []


def test_negation_found_across_wordings():
    reasons = [d.reason for d in compare_claims("He did not explain the delay.", "He explained the delay.").differences]
    assert reasons == ["negation: not (did not explain ≠ explained)"]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            '"If it ain\'t broke, don\'t fix it," Daschle said. "I don\'t see much broken."',
            "\"If it ain't broke, don't fix it,\" said Daschle.",
        ),
        ("More than 60 cases were reported, none of them fatal.", "More than 60 probable cases were reported."),
        (
            "The searches have not found weapons or significant evidence of a program.",
            "Weapons have not turned up, nor has significant evidence of a program.",
        ),
        ('"We have some work to do," he said.', '"We\'ve some work to do," he said.'),
        (
            '"We will roll out the [touch-screen] machines," Burger said.',
            '"We will roll out the machines," Burger said.',
        ),
        ('"I go to their Web site and complain," he said.', '"I go to their website and complain," he said.'),
        ("Wyles previous credits include Enough.", "Wyle's previous credits include Enough."),
        ("Prime Minister Jean Chrétien spoke.", "Prime Minister Jean Chretien spoke."),
    ],
)
def test_no_false_conflicts_from_wording(a, b):
    assert [d.reason for d in compare_claims(a, b, names=known_names([a, b])).differences] == []


@pytest.mark.parametrize(
    ("a", "b", "kinds"),
    [
        # Same slot: a real conflict.
        (
            "The quake killed at least five people in the town.",
            "The quake killed at least two people in the town.",
            ["number"],
        ),
        ("Five of the seven members voted for the cut.", "Four of the seven members voted for the cut.", ["number"]),
        ("He was arrested Tuesday near the border.", "He was arrested on Wednesday near the border.", ["weekday"]),
        # A pronoun says nothing of what a day is about: "arrested him on Wednesday" is an arrest.
        ("He was arrested Tuesday near the border.", "Police arrested him on Wednesday near the border.", ["weekday"]),
        # Different slots: not a conflict (false alarms seen on real reporting).
        ("The quake struck 55 km from the coastal city.", "The quake struck the coastal city at a depth of 10 km.", []),
        (
            "Police said Marlow, 38, was charged on Friday.",
            "Police said three people were charged after the brawl.",
            [],
        ),
        ("The suspect was shot on Friday, police said.", "The suspect was charged on Saturday, police said.", []),
        ("The airline flies the A320 on the route.", "The airline flies 12 planes on the route.", []),
        # Different units are different quantities; one measure in two units is not a conflict.
        ("Police seized 13 magazines and a launcher.", "Police seized 3 machine guns and a launcher.", []),
        ("The climber fell about 600 metres from the ridge.", "The climber fell about 2,000 feet from the ridge.", []),
        (
            "The climber fell about 200 feet from the ridge.",
            "The climber fell about 150 metres from the ridge.",
            ["number"],
        ),
        ("Raiders on two speed boats fired at the ship.", "Raiders in three boats fired at the ship.", ["number"]),
        # Two people's ages are not one slot; a figure with and without its unit is one figure.
        (
            "Orr, 66, of Dunmore was struck on Friday night.",
            "Police said Vance, 36, of Carlow, struck a woman on Friday night.",
            [],
        ),
        ("His blood alcohol level was 0.19%, police said.", "His blood alcohol level was 0.19, police said.", []),
        ("Orr, 66, was struck on Friday night.", "Orr, 67, was struck on Friday night.", ["number"]),
        # Part of a count is not the count; one area in two units is no conflict.
        (
            "The three victims were taken to the hospital in Oakdale.",
            "The two other victims were treated at the hospital in Oakdale.",
            [],
        ),
        (
            "The 15,800-square-metre building houses law offices.",
            "The 170,000-square-foot building houses law offices.",
            [],
        ),
        # An estimate is no contradiction of a figure close to it; a figure far from it is.
        (
            "At approximately 7 p.m. the woman was hit on Elm Street.",
            "The woman was hit on Elm Street at 7:01 p.m.",
            [],
        ),
        ("About 150 people were hurt in the blast.", "Some 160 people were hurt in the blast.", []),
        ("About 150 people were hurt in the blast.", "Some 300 people were hurt in the blast.", ["number"]),
        # A running total is not one event's figure.
        (
            "Six rifles and 12 magazines were seized from the boats.",
            "The ship has seized a total of 14 rifles and 31 magazines so far.",
            [],
        ),
        # Sums of money are one kind of figure whatever noun follows.
        (
            "The club signed the forward to an $80 million contract.",
            "The club signed the forward to an $82 million deal.",
            ["number"],
        ),
        # Figures owned by different places, ages of different people: different quantities.
        (
            "Some 55 percent of calls in Chile, 52 percent in Peru and 82 percent in Bolivia failed.",
            "The same goes for 59% of calls with Ecuador, 44% with Uruguay and 51% with Paraguay.",
            [],
        ),
        ("Some 82 percent of calls in Bolivia failed.", "Some 65 percent of calls in Bolivia failed.", ["number"]),
        ("Tom Hale, 23, was arrested after the fire.", "The bodies of Ann Dunn, 58, and Kay Hale, 20, were found.", []),
        # One kickoff in two time zones, only one of them named; without a zone the times conflict.
        ("The Hawks play at 3:30 p.m. on Saturday.", "The Hawks play on Saturday at 4:30 p.m. ET.", []),
        ("The Hawks play at 3:30 p.m. on Saturday.", "The Hawks play at 4:30 p.m. on Saturday.", ["time"]),
        # A sum restated in another dollar in brackets.
        (
            "Repairs were put at $US2 million ($3.04 million), police said.",
            "Repairs were put at two million dollars.",
            [],
        ),
        # One figure grouped two ways; a range whose second end carries the scale for both.
        ("Call the hotline on 0800 555 111.", "Call the hotline on 0800 555111.", []),
        ("The club offered between $40 and $50 million.", "The club offered between $40 million and $50 million.", []),
        ("The club offered $40-50 million over five years.", "The club offered $40 million to $50 million.", []),
        ("Pirates in two speed boats attacked.", "Pirates in three boats attacked.", ["number"]),
        # An age is not a span of years ("41 years later"); two ages of one person conflict, whichever side
        # of the name they stand ("a 61-year-old Dana Hale" / "Dana Hale, 60,"), two people's never.
        (
            "Sixty-year-old Dana Hale is accused of the 1967 theft.",
            "Dana Hale, 61, was charged 41 years later.",
            ["number"],
        ),
        ("A 23-year-old man was arrested at the scene.", "A 32-year-old man was arrested at the scene.", ["number"]),
        (
            "Police named the victims as 61-year-old Ann Lowe and 48-year-old Rita Vance.",
            "The victims were Ann Lowe, 68, and Rita Vance, 48.",
            ["number"],
        ),
        (
            "Police named the victims as 61-year-old Ann Lowe and 48-year-old Rita Vance.",
            "The victims were Ann Lowe, 61, and Rita Vance, 48.",
            [],
        ),
        ("Hale, a 45-year-old teacher, was hurt.", "Vance, a 52-year-old driver, was hurt.", []),
        ("The 23-year-old gunman killed five people.", "The gunman killed 23 people.", []),
        ("Police charged Dana Hale, age 60, with theft.", "Police charged Dana Hale, age 61, with theft.", ["number"]),
        # A bound and a figure that can both be true are no conflict; two lower bounds that differ are.
        (
            "Deputies chased the van at speeds of more than 90 mph.",
            "Deputies chased the van at speeds of up to 110 mph.",
            [],
        ),
        (
            "Deputies chased the van at speeds of more than 90 mph.",
            "Deputies chased the van at speeds of up to 80 mph.",
            ["number"],
        ),
        ("The flood reached at least 40 homes.", "The flood reached 55 homes.", []),
        ("The flood reached at least 40 homes.", "The flood reached 35 homes.", ["number"]),
        ("The flood reached at least 40 homes.", "The flood reached at least 60 homes.", ["number"]),
        ("Fewer than 200 fans stayed.", "Fewer than 300 fans stayed.", ["number"]),
        # A figure read as a label on one side ("Firefox 4") and as a count on the other is one figure.
        (
            "The bug hits Firefox 4 and also Mozilla Firefox 3.6, Mozilla Firefox 3, and older builds.",
            "The vendor lists Mozilla Firefox 3.6, 3, and 4 as affected in its notice.",
            [],
        ),
        # A day named in sentences telling different moments is not one day told two ways.
        (
            "On Friday, team doctor Ana Ruiz hinted that Lopez could miss the final.",
            "Lopez hurt his ankle in training and Ruiz confirmed on Monday that he will sit out.",
            [],
        ),
        (
            "On Friday the board approved the new stadium plan.",
            "The board approved the new stadium plan on Monday.",
            ["weekday"],
        ),
        # A figure against a list: one of the list only when the words around say which.
        (
            "Some 70% of calls to Norway failed, while links to Chile and Peru also broke down.",
            "The same held for 61% of calls with Chile and 48% with Peru.",
            [],
        ),
        ("The mayor spent $90,000 of party money.", "The mayor spent $95,000 of party money.", ["number"]),
        # Scores and records are one figure each; a team's record is not a game's score.
        ("The Hawks (9-3) beat the Owls on Sunday.", "The Hawks won 28-17 over the Owls on Sunday.", []),
        ("Lina Marsh (31-2, 20 KOs) won in Lyon.", "Lina Marsh, 30-2, 20 KOs, won in Lyon.", ["number"]),
        ("Otto Berg (40-6-1) lost the title.", "Otto Berg lost the title after 52 seconds.", []),
        # A fraction in words, glued by lost spacing, or as a character; a figure with a lost character.
        ("She served four and a half years in jail.", "She served 41/2 years in jail.", []),
        ("She served 4\u00bd years in jail.", "She served 4 1/2 years in jail.", []),
        ("She served four and a half years in jail.", "She served four years in jail.", ["number"]),
        ("She served 4\ufffd years in jail.", "She served 5 years in jail.", []),
        # "4½" decomposed to "4 1⁄2" and the fraction slash lost: "412"; a different figure still conflicts.
        ("She served 41/2 years in jail.", "She served 412 years in jail.", []),
        ("She served four and a half years in jail.", "She served 412 years in jail.", []),
        ("She served 3 3/4 years in jail.", "She served 334 years in jail.", []),
        ("She served 4 1/2 years in jail.", "She served 414 years in jail.", ["number"]),
        ("He made 12-of-15 throws, hitting his first 9.", "He made 12 of 15 throws.", []),
        # Figures of two stretches of time count different things; the same stretch still conflicts.
        ("Ana Ruiz has 31 goals and 9 assists this season.", "Since Week 9, Ana Ruiz has 12 goals and 4 assists.", []),
        (
            "Ruiz landed 20 of her 50 punches during the round.",
            "The final numbers showed Ruiz landing 150 of 400 punches.",
            [],
        ),
        (
            "Ruiz scored all 14 of her points in the second half.",
            "During the deciding 10-0 run, Ruiz scored 6 points.",
            [],
        ),
        ("Ana Ruiz has 31 goals this season.", "Ana Ruiz has 30 goals this season.", ["number"]),
        # Two ranges that overlap, or a figure inside the other's range, can both be true; "from ... to"
        # after a verb of change is a change, not a range.
        (
            "The offers were in the $140 million to $160 million range.",
            "The club made an offer between $140 and $150 million.",
            [],
        ),
        ("Between 10 and 20 people died in the flood.", "Fifteen people died in the flood.", []),
        ("Between 10 and 20 people died in the flood.", "Between 30 and 40 people died in the flood.", ["number"]),
        ("Prices rose from 10 to 30 dollars.", "Prices rose from 10 to 25 dollars.", ["number"]),
        # A share of a whole and a rate of change are different quantities; two of either still conflict.
        (
            "Less than 1 per cent of Dutch users were hit by the bug.",
            "The number of users hit rose by 40 per cent a day.",
            [],
        ),
        ("Less than 1 per cent of Dutch users were hit by the bug.", "Cases were growing at a rate of 40% a day.", []),
        ("Sales rose by 5% in May.", "Sales rose 6% in May.", ["number"]),
        ("About 5% of voters backed him.", "About 7% of voters backed him.", ["number"]),
        # What an ordinal counts may follow a hyphenated figure: "seventh four-quarter comeback".
        (
            "For the second time this season, Butler returned a pick for a score.",
            "It was Lee's seventh four-quarter comeback this season.",
            [],
        ),
        (
            "It was Lee's sixth four-quarter comeback this season.",
            "It was Lee's seventh four-quarter comeback this season.",
            ["number"],
        ),
        # Figures of two subjects named just before them (a player, a place, a model) are two quantities;
        # one subject's two figures still conflict.
        ("On Sunday Ana Ruiz scored 20 points for Lyon.", "On Sunday Eva Lind scored 15 points for Lyon.", []),
        ("The Nordphone 7s will cost $199 with a plan.", "The Nordphone 7c will cost $99 with a plan.", []),
        ("In Kent, five people died in the floods.", "In Essex, seven people died in the floods.", []),
        ("Coaches said Ana Ruiz scored 20 points.", "Coaches said Ana Ruiz scored 25 points.", ["number"]),
        ("The Nordphone X2 will cost $199 with a plan.", "The Nordphone X2 will cost $99 with a plan.", ["number"]),
        # An age set off by commas after a noun ("the gunman, 24,") is an age, and an age is never a count.
        ("Police said the gunman, 24, shot 12 people.", "The young gunman shot 12 people, killing five.", []),
        ("Police said the gunman, 24, shot 12 people.", "Police said the gunman, 25, shot 12 people.", ["number"]),
        # A figure for a whole land counts more than one town's; two figures of the whole still conflict.
        (
            "The storm killed five people in the hill town of Arlow, police said.",
            "The storm killed 41 people across the country, police said.",
            [],
        ),
        ("The storm cut power to 9,000 homes in Arlow.", "The storm cut power to 80,000 homes nationwide.", []),
        ("The storm killed 41 people nationwide.", "The storm killed 40 people nationwide.", ["number"]),
        # One figure in two units of one measure is a conflict, unless a side gives both (a conversion); miles
        # are compared with kilometres after conversion.
        ("The other shop is ninety kilometres away.", "The other shop is 90 miles away.", ["number"]),
        ("The town is 5 miles (8 km) away.", "The town is 8 km away.", []),
        ("The town is 5 miles away.", "The town is 8 km away.", []),
        ("The town is 5 miles away.", "The town is 12 km away.", ["number"]),
        # A figure of two or more decimals rounded half up to fewer is one figure; a figure rounded wrongly,
        # or a tenth against a whole ("3.7" / "4": told on purpose), still conflicts.
        ("Shares rose 2.04 percent on Monday.", "Shares rose 2 percent on Monday.", []),
        ("The index fell 1.35 percent.", "The index fell 1.4 percent.", []),
        ("Shares rose 2.6 percent on Monday.", "Shares rose 2 percent on Monday.", ["number"]),
        ("The index fell 1.34 percent.", "The index fell 1.4 percent.", ["number"]),
        # The same with a scale word on both sides: "$6.32 billion" rounds to "$6.3 billion", not to "$6.4 billion".
        ("Revenue was $6.32 billion a year ago.", "Revenue was $6.3 billion a year ago.", []),
        ("Revenue was $6.32 billion a year ago.", "Revenue was $6.4 billion a year ago.", ["number"]),
        ("The poll's margin of error is 3.7 points.", "The poll's margin of error is 4 points.", ["number"]),
        ("The fire killed 4 people across the street.", "The fire killed 5 people.", ["number"]),
        # The same figures told in another order, or one inside the other: no swap.
        (
            "The flood destroyed 14 farms and damaged 40 others.",
            "Forty farms were damaged and 14 destroyed by the flood.",
            [],
        ),
        ("Of the 40 farms, 14 were destroyed.", "14 of the 40 farms were destroyed.", []),
        ("The side scored 3 goals in 2 matches.", "In 2 matches the side scored 3 goals.", []),
        ("The champion Vitali improved to 48-3 (41 KO).", "Vitali (48-3, 41 KO) floored Jones in the fifth round.", []),
        # A lone "one" is a pronoun: "one of the", "no one", "one official".
        ("No one was hurt when the roof fell in.", "Nobody was hurt when the roof fell in.", []),
        ("One official said the vote was close.", "Two officials said the vote was close.", []),
        # Labels differ only in parallel wording: here each model is set against a third.
        (
            "The plan includes a handset smaller than the Pixel 6, a report said.",
            "A rumour says the lineup could include a model the size of the Pixel 5 and 5a.",
            [],
        ),
        ("Floods cut power to 900 homes in Arlow.", "Floods cut power to 8,000 homes across Europe.", []),
        # A scale named before its value or after it: "magnitude 6.1" is a "6.1-magnitude" quake.
        ("A magnitude 6.1 earthquake struck the province.", "A 6.2-magnitude quake struck the province.", ["number"]),
        # One verb in two forms: "hitting" is "hit".
        ("The gunman fired 30 rounds, hitting 12 people.", "The gunman fired 30 shots and hit 11 people.", ["number"]),
        # One person's age told before the name and after it; "The" that opens the sentence is nobody.
        ("Marlow, 38, was charged on Friday.", "The 39-year-old Marlow was charged on Friday.", ["number"]),
        # Two words for what is counted.
        ("A mudslide buried 10 houses in the village.", "A mudslide buried 12 homes in the village.", ["number"]),
        # "Four of the dead" counts part of what the other side's figure counts.
        ("Four of the dead were children, the agency said.", "At least 22 people were killed, the agency said.", []),
        # Two happenings: a past year's quake and this week's; the figures of two different years.
        ("A quake in 2012 killed 10 people in the area.", "Tuesday's quake killed 22 people in the area.", []),
        # Capitals inside a sentence's first word make it a name: two rewards of two offerers.
        (
            "TipLine offered a $20,000 reward for information about the theft.",
            "N.Y. police announced a $25,000 reward for information about the theft.",
            [],
        ),
        # A span of years on one side only: a part of the career, not the whole of it.
        (
            "Moss has spent 19 seasons with the club and became its coach in 2003.",
            "Moss spent four seasons as its scout (1999-2003) before he became coach in 2003.",
            [],
        ),
        # A year says when something happened: two happenings, two years.
        ("In 1994, the mill closed its doors for good.", "The mill was built in 1921 by the Hale family.", []),
        # Two days: the figures of two moments.
        ("The bid is a 25 percent premium to the price on Friday.", "The shares jumped 22 percent on Monday.", []),
        # "in the first half" says when it happened, not what a figure covers.
        (
            "She needed 11 points to break Lee's school record of 1,206.",
            "Ruiz broke Lee's school record of 1,216 points with a free throw in the first half.",
            ["number"],
        ),
        # Two estimators' figures are two estimates; one estimator's, or an estimate without one, is one.
        ("Police estimated the crowd at 5,000.", "Organisers put the crowd at 20,000.", []),
        ("Insurers estimated the losses at $5 billion.", "Analysts estimated the losses at $8 billion.", []),
        ("Police estimated the crowd at 5,000.", "Police estimated the crowd at 50,000.", ["number"]),
        ("The crowd was estimated at 5,000.", "Police estimated the crowd at 50,000.", ["number"]),
        ("Police put 5,000 officers on the streets.", "Officials put 3,000 officers on the streets.", ["number"]),
        # Who said it neither heads nor owns a toll: two outlets citing two sources still differ about it. A
        # day right after "said" dates the saying, not what happened.
        ("Officials said 20 people died in the fire.", "Police said 25 people died in the fire.", ["number"]),
        (
            "A bomb killed two officers, officials said Saturday.",
            "A bomb exploded late Friday killing two officers.",
            [],
        ),
        # The time of day says when in the day, not what happened; an ordinal is no day.
        ("The bomb exploded late Friday.", "The bomb exploded on Saturday.", ["weekday"]),
        ("The ship sank in the early hours of Sunday.", "The ship sank early on Saturday.", ["weekday"]),
        ("The bomb exploded on the morning of March 3.", "The bomb exploded on March 4.", ["date"]),
        ("He was arrested late Friday.", "He was charged on Saturday.", []),
        ("Lund tied the game late in the third quarter.", "Lund missed a field goal in the first quarter.", []),
        # An unnamed age is the age of the person the sentence calls by a noun: a woman is not a man.
        ("The victim, a 34-year-old woman, died at the scene.", "The victim, a woman aged 43, died.", ["number"]),
        ("A 34-year-old man was arrested on Friday.", "A man, 43, was arrested on Friday.", ["number"]),
        ("A 34-year-old man was arrested on Friday.", "A 43-year-old woman was arrested on Friday.", []),
        # A figure told per item is a rate: "on each count" is one of several, never the total; rates per
        # two different things are two rates. "a year earlier" says when.
        ("He faces up to 20 years in prison if convicted.", "He faces up to 10 years in prison on each count.", []),
        ("The plant makes 500 cars a day.", "The plant makes 5,000 cars a week.", []),
        ("The fine is $500 a day.", "The fine is $600 per day.", ["number"]),
        ("Brent rose to $28.39 per barrel.", "Brent fell to $27.45 a barrel.", ["number"]),
        ("The 12 victims each received $500.", "The 14 victims received $500.", ["number"]),
        ("Lund sold 63 percent a year earlier.", "Lund sold 60 percent a year earlier.", ["number"]),
        # A sum after "including" or "such as" prices one item of a list, not the sum the other side gives.
        (
            "Ortega admitted he spent $750,000 of campaign money on personal items.",
            "Ortega admitted buying personal items, including a $43,000 Omega watch and a fur coat, with campaign money.",
            [],
        ),
        (
            "He bought luxuries such as a $4,200 sofa with campaign money.",
            "He bought luxuries such as a $2,400 sofa with campaign money.",
            ["number"],
        ),
        ("The list includes a $43,000 watch.", "The list includes a $45,000 watch.", ["number"]),
        # A figure both sides give, for two owners, is two figures: Leeds's 12 against Leeds's 5.
        ("The storm killed 12 people in Leeds and 5 in York.", "The storm killed 5 people in Leeds.", ["number"]),
        (
            "The storm killed 12 people in Leeds and 5 in York.",
            "The storm killed 5 people in York and 12 in Leeds.",
            [],
        ),
        # A percentage before a sum is no range sharing its scale; a figure a change starts from is no change.
        ("Sales rose 26 percent to $817 million.", "Sales jumped 26 percent, to $817 million, the firm said.", []),
        ("Fees will go to $2,800 from $2,500.", "Fees will rise by $300 to $2,800, or 12 percent.", []),
        ("Fees will go to $2,800 from $2,500.", "Fees will go to $2,800 from $2,400.", ["number"]),
        # Two verbs are two counts.
        ("The blast killed five people in the square.", "The blast injured seven people in the square.", []),
        # How far back a record reaches ("the highest since 1960") is no moment; a state's start is one.
        ("Turnout was 65 percent, up from 58 percent in 2016.", "Turnout reached 65%, the highest since 1960.", []),
        ("Turnout was the highest since 1960.", "Turnout was the highest since 1964.", ["number"]),
        ("The plant has been closed since 2019.", "The plant was closed in 2018.", ["number"]),
        # "the other two", "another 12": a part of a count.
        ("Lund will meet the three unions on Monday.", "Lund will meet the other two unions on Monday.", []),
        ("Two men were hurt and another 12 were treated.", "Two men were hurt and 12 were treated.", []),
        ("Lund met the other two unions on Monday.", "Lund met the other three unions on Monday.", ["number"]),
        # A part of a whole and the period a figure is told for: other quantities than the whole or another period.
        ("The firm paid $2 billion in cash for the rival.", "The firm paid $5 billion for the rival.", []),
        (
            "The firm paid $2 billion in cash for the rival.",
            "The firm paid $3 billion in cash for the rival.",
            ["number"],
        ),
        ("At least 20 people died in the city alone.", "At least 50 people died in the storm.", []),
        ("Shares fell 5% on Monday and another 3% on Tuesday.", "Shares fell 8% over two days.", []),
        ("Sales rose 10% in the quarter.", "Sales rose 4% for the year.", []),
        ("Sales rose 10% in the quarter.", "Sales rose 12% in the quarter.", ["number"]),
        # Times of two happenings, whatever their clock: "arrested at 3 p.m." / "charged at 5 p.m.".
        ("The driver was detained at 4 p.m. on Friday.", "The driver was charged at 6 p.m. on Friday.", []),
        (
            "Deputies detained the driver at 4 p.m. on Friday.",
            "Deputies detained the driver at 6 p.m. on Friday.",
            ["time"],
        ),
        # A figure of a breakdown by owner is a part: no other outlet's figure for the whole.
        ("The mill laid off 300 workers in Leeds and 120 in Hull.", "The mill laid off 420 workers.", []),
        (
            "The mill laid off 300 workers in Leeds and 120 in Hull.",
            "The mill laid off 350 workers in Leeds.",
            ["number"],
        ),
        (
            "The mill laid off 300 workers in Leeds and 120 in Hull.",
            "The mill laid off 300 workers in Leeds and 150 in Hull.",
            ["number"],
        ),
        # Two sums (shares) that each side says are of something else are two figures, unless the
        # sentences tell the rest alike: a budget and a fine, a jobless rate and an approval rating.
        ("The city's budget is $5 million, officials said.", "The firm paid a fine of $7 million, officials said.", []),
        ("The firm reported revenue of $5 million on Tuesday.", "The firm said it paid $7 million for the plant.", []),
        ("Unemployment rose to 9 percent in March.", "His approval rating fell to 40 percent in March.", []),
        ("Shares of Acme rose 5 percent on Monday.", "Acme shares gained 4 percent on Monday.", ["number"]),
        ("The company was fined $7 million.", "The company must pay a $9 million fine.", ["number"]),
        (
            "The deal is worth $2 billion, the firm said.",
            "The firm said the deal was valued at $2.5 billion.",
            ["number"],
        ),
        ("He won 55 percent of the vote.", "He took 52 percent of the vote.", ["number"]),
        # What befell a count says what it counts: the dead are not the injured, the arrested not the marchers.
        ("At least 12 people were killed in the blast.", "At least 30 people were injured in the blast.", []),
        ("Police said 12 people were arrested after the march.", "About 300 people joined the march, police said.", []),
        ("About 200 people were evacuated from the tower.", "About 20 people were treated for smoke at the tower.", []),
        ("Three people were arrested, police said.", "Police said 40 people were questioned.", []),
        ("Five people died in the crash.", "The crash killed two people.", ["number"]),
        ("Twelve people were hurt in the crash.", "The crash injured 15 people.", ["number"]),
        ("Three people were arrested.", "Four people were arrested.", ["number"]),
        ("Some 5,000 people attended the rally.", "Some 8,000 people attended the rally.", ["number"]),
        # A fate told by its verb on each side, whichever side names the count's noun.
        ("The storm killed 12.", "Ten people were injured in the storm.", []),
        ("Police arrested 12 on Friday.", "Ten people were injured at the march.", []),
        ("The quake killed 12.", "Ten people died in the earthquake.", ["number"]),
        # One figure on each side, nothing saying what either is about, in sentences that tell two things.
        ("The school has 400 pupils, the head teacher said.", "Parents said 12 were sent home on Monday.", []),
        ("In the first round, Lee beat the defending champion.", "Park came in second at the national trials.", []),
        (
            "The school has 400 pupils, the head teacher said.",
            "The school has 450 pupils, the head teacher said.",
            ["number"],
        ),
        # One happening told with two verbs: one side's head word is among the other's words, and more agree.
        (
            "The suspect was arrested on Tuesday at a motel near the border, police said.",
            "Police said they detained the suspect Wednesday at a motel near the border.",
            ["weekday"],
        ),
        # A sentence set in capitals: its capitals make no figure a label ("MAGNITUDE 6.4" is a magnitude).
        (
            "QUAKE OF MAGNITUDE 6.4 STRIKES OFF THE COAST, NO TSUNAMI WARNING",
            "A magnitude 6.1 quake struck off the coast on Sunday, with no tsunami warning.",
            ["number"],
        ),
        ("BOEING 737 JET LANDS SAFELY IN DENVER", "A Boeing 737 jet landed safely in Denver.", []),
        # Two lengths in two units: what each measures must still agree (a depth, a distance from a town).
        (
            "The quake struck at a depth of 12 kilometers (7.5 miles), the survey said.",
            "The tremor was centred 24 miles (38km) south-west of the town.",
            [],
        ),
        ("The climber fell about 200 feet from the ridge.", "The climber fell 150 meters from the ridge.", ["number"]),
        # What a unit is of: "counts of fraud" and "counts of perjury" are two counts; "140 kilograms of cocaine"
        # and "104 kg of cocaine" one amount, whatever the verbs.
        (
            "He was convicted on 14 counts, including nine counts of wire fraud.",
            "A jury convicted him on all 14 counts, including two counts of perjury.",
            [],
        ),
        (
            "Police seized 140 kilograms of cocaine hidden in a banana shipment.",
            "The banana shipment concealed 104 kg of cocaine, police said.",
            ["number"],
        ),
        # A name before an aside owns the figure after it: two parties' shares, or one party's told two ways.
        (
            "The Green Left won 8.1 percent, just clearing the threshold.",
            "The Liberal Union, a junior partner in the outgoing government, won 4.7% and fell short.",
            [],
        ),
        (
            "The Liberal Union won 4.1% of the vote.",
            "The Liberal Union, a junior partner in the outgoing government, won 4.7% of the vote.",
            ["number"],
        ),
        # A year dates a plan whatever stretch the sums cover ("over the period").
        (
            "The government pledged 9.5 billion crowns to build 40,000 homes by 2030.",
            "The government promised 40,000 homes by 2032, backed by 9.5 billion crowns over the period.",
            ["number"],
        ),
        # The word right after a percentage says what it measures, whatever stands before it.
        (
            "The fire has burned 50,000 acres of forest and grassland and was 32% contained on Wednesday.",
            "The blaze, which began near Highway 38 east of the ridge, was 22% contained Wednesday.",
            ["number"],
        ),
        ("The stock lost about 75 percent of its value that year.", "The stock lost three quarters of its value.", []),
        # Where a change began ("from 3.4%", past the level it reached) is not a change ("after expanding 1.1%").
        (
            "The economy is forecast to grow 1.6% next year, after expanding 1.1% in 2025.",
            "The minister forecast the budget deficit would shrink to 2.8% of GDP next year from 3.4% in 2025.",
            [],
        ),
        (
            "The deficit will shrink to 2.8% of GDP next year from 3.4% in 2025.",
            "The deficit will fall to 2.8% of GDP next year from 3.9% in 2025.",
            ["number"],
        ),
        # A figure told for a part of the game is not the game's: the same part, or another.
        (
            "Lena Moss had 28 points and 14 rebounds for the Owls, and Ada Berg scored 19.",
            "The Hawks trailed 58-51 at halftime after the Owls' Lena Moss scored 17 in the first half.",
            [],
        ),
        ("Lena Moss scored 19 points in the first half.", "Lena Moss scored 17 points in the first half.", ["number"]),
        ("Lena Moss scored 19 points in the second half.", "Lena Moss scored 17 points in the first half.", []),
        # A death toll counts the dead, however the sentence words it; "rose to" gives the level reached.
        (
            "The storm killed 17 people in the harbour town, the agency said.",
            "The death toll in the harbour town rose to seven, the agency said.",
            ["number"],
        ),
        (
            "The storm injured 17 people in the harbour town, the agency said.",
            "The death toll in the harbour town rose to seven, the agency said.",
            [],
        ),
        ("Sales rose 14% to $4.8 billion in the quarter.", "Sales in the quarter rose to $4.9 billion.", ["number"]),
        # A score or a tally is never one count; "9-1-1" is no figure of anything.
        (
            "The jury deadlocked at 9-3 on the death penalty after four days.",
            "Jurors deadlocked with nine in favour and three against the death penalty.",
            [],
        ),
        (
            "The first 9-1-1 call came at 3:33 a.m. from the hotel, fire chief Ann Lutz said.",
            "Within a minute or two the hotel roof was ablaze, fire chief Ann Lutz said.",
            [],
        ),
        # "the 1930's" is a decade, as "the 1930s": it conflicts with another decade only.
        (
            "The club was founded in the 1930's by two brothers, the mayor said.",
            "The club was founded in 1931 by two brothers, the mayor said.",
            [],
        ),
        (
            "The club was founded in the 1930's by two brothers, the mayor said.",
            "The club was founded in the 1940s by two brothers, the mayor said.",
            ["number"],
        ),
        (
            "In 2001, 15 per cent of 15-year-olds were obese.",
            "One in seven 15-year-olds and one in 10 six-year-olds are obese.",
            [],
        ),
        # A figure paid is a sum, its currency left out or not: never a count of things.
        (
            "Collector pays 40,000 for second painting of the harbour.",
            "Collector with three paintings of the harbour.",
            [],
        ),
        ("The council spent 90,000 on its second ferry.", "The council's three ferries sail at dawn.", []),
        ("The council paid 90,000 for the ferry.", "The council paid 95,000 for the ferry.", ["number"]),
        ("The council paid 90,000 for the ferry.", "The council paid $95,000 for the ferry.", ["number"]),
        # A runner's yards are not his team's ("352 yards rushing"), nor years at a board a sentence's length.
        (
            "Hale rushed for 226 yards while Marsh added 101.",
            "Marsh added 101 yards for the Hawks, who had 352 yards rushing in the loss.",
            [],
        ),
        ("Varga was sentenced to 10 years in prison.", "Varga spent 12 years working at the sentencing board.", []),
    ],
)
def test_details_are_compared_only_in_the_same_slot(a, b, kinds):
    assert [d.kind for d in compare_claims(a, b).differences] == kinds


@pytest.mark.parametrize(
    ("a", "b", "kinds"),
    [
        # Forms of one name: demonyms, inflections, possessives, abbreviations, punctuation.
        ("The Indian navy seized the ship on Monday.", "India's navy seized the ship on Monday.", []),
        ("Somali pirates held the crew for a week.", "Pirates from Somalia held the crew for a week.", []),
        ("She hosted the Oscars in Hollywood last year.", "She hosted the Oscar ceremony in Hollywood last year.", []),
        ("The plan angered Democrats in the House.", "The plan angered Democratic members in the House.", []),
        (
            "The crash was at 200 W. Main Blvd. near the mall.",
            "The crash was at 200 West Main Boulevard near the mall.",
            [],
        ),
        ("Harbour police Const. Mara Bell told reporters.", "Police Constable Mara Bell told reporters.", []),
        ("Manager R.T. Osei confirmed the sale.", "Manager RT Osei confirmed the sale.", []),
        (
            "Police allege Orr fired two shots at the door.",
            "Sergeant Ada Lune allege Orr fired two shots at the door.",
            [],
        ),
        ("He won a Grammy Award in 2004 for the album.", "He hosted the Grammy Awards in 2004 for the album.", []),
        ("The pair fell at Aoraki Mount Tasman on Friday.", "The pair fell at Mt Tasman on Friday.", []),
        ("The New Zealand-born climber lived in Perth.", "The New Zealander climber lived in Perth.", []),
        (
            "She won a Carver Fellowship in 2008 for the clinic.",
            "She won a $500,000 Carver Foundation grant in 2008 for the clinic.",
            [],
        ),
        ("He met Capt. Ron Ortiz of the highway patrol.", "He met Capt. Ronald Ortiz of the highway patrol.", []),
        # A short first name before the same surname, or an honorific, names the same person.
        ("Army chief Sir Nick Ortiz warned of a revival.", "Army chief Sir Nicholas Ortiz warned of a revival.", []),
        ("General Sir Nick Ortiz warned of a revival.", "General Nicholas Ortiz warned of a revival.", []),
        ("On Monday, Dave Ortiz signed the order.", "On Monday, David Ortiz signed the order.", []),
        # ... but not another first name, nor a short form before another surname.
        ("On Monday, Dave Ortiz signed the order.", "On Monday, Dana Ortiz signed the order.", ["name"]),
        ("On Monday, Dan Ortiz signed the order.", "On Monday, Dave Ortiz signed the order.", ["name"]),
        ("Mayor Nick Ortiz signed the order.", "Mayor Nicholas Oakes signed the order.", ["name", "name"]),
        (
            "The party gained six seats on Election Day this month.",
            "The leader picked Ben Ray Lucas to lead the campaign this month.",
            [],
        ),
        ("Officers said the police closed the road.", "Police said Dana Ruiz had closed the road.", []),
        # A person's surname spelled two ways is a conflict; so is a different name in the same slot.
        ("Mayor John Smith signed the order.", "Mayor John Smiths signed the order.", ["name"]),
        ("Mayor Anna Varga signed the order.", "Mayor Anna Vargas signed the order.", ["name"]),
        ("Former President Vincente Ortiz refused to pay.", "Former President Vicente Ortiz refused to pay.", ["name"]),
        ("Director Lina Park announced the cuts.", "Director Lina Moss announced the cuts.", ["name"]),
        # The same first name with another surname, wherever each outlet puts it.
        (
            '"We know about the incident," club director R.J. Hale said in a statement.',
            "Club Director R.J. Moreno said he knew about the incident involving the player.",
            ["name"],
        ),
        # Two outlets citing two sources for one fact; but who is quoted is part of the quote.
        ("Varga was charged with arson, the prosecutor said.", "Varga was charged with arson, the NYPD said.", []),
        ("Varga was charged with arson, said the FBI.", "Varga was charged with arson, according to the NYPD.", []),
        ("Police charged Varga with arson, the DA said.", "Police charged Moss with arson, the DA said.", ["name"]),
        # A headline's closing source tag after a colon is who told the outlet; a name after a colon may be the story.
        ("Acme to open first store in Manhattan: DJ.", "Acme is about to open its first store in New York City.", []),
        ("Acme to open first store in Leeds: WSJ.", "Acme is about to open its first store in York.", ["name"]),
        ("Mayoral race winner: Varga.", "Mayoral race winner: Moss.", ["name"]),
        # Who told one outlet is no name of the story the other tells.
        (
            "The gang has long claimed the Elm Park area north of the stadium as its turf, according to the Daily Star.",
            "The gang has long claimed the Elm Park area as its turf, rather than his work at the Fort Jail.",
            [],
        ),
        (
            "The gang holds the Elm Park area north of the stadium, according to the Daily Star.",
            "The tension with the Elm Park gang, which runs the area, may explain it, as opposed to his work at the Fort Jail.",
            [],
        ),
        # Names after two different role words are two sides (an opponent, one's own team; an origin, a
        # destination); after the same role word they still conflict.
        ("Ana Ruiz scored 23 points against the Blue Herons.", "Ana Ruiz scored 23 points for the Red Foxes.", []),
        ("The plane flew to Paris on Monday.", "The plane flew from Lyon on Monday.", []),
        (
            "Ana Ruiz scored 23 points against the Blue Herons.",
            "Ana Ruiz scored 23 points against the Red Foxes.",
            ["name"],
        ),
        # A former holder of a title and the holder now are two people; two holders now still conflict.
        (
            "Before Hale landed in Lima on Friday, he traded insults with former Peruvian President Tomas Ruiz, who called him unwelcome.",
            "Hale flies to Lima on Friday to meet President Marta Quispe, but one of her predecessors says he is unwelcome.",
            [],
        ),
        ("Former President Tomas Ruiz spoke on Monday.", "Former President Marta Ruiz spoke on Monday.", ["name"]),
        ("The talks were useful, the White House said.", "The talks were useful, the Blue House said.", []),
        ('"The fire was set," Varga said.', '"The fire was set," Moss said.', ["name"]),
        # A state abbreviated AP style; an abbreviation defined in brackets.
        (
            "She died at the prison hospital in Springfield, Mo.",
            "She died at the prison hospital in Springfield, Missouri.",
            [],
        ),
        (
            "After the minister resigned in 1972 to run the Committee to Re-Elect the Mayor (CREM), Mr. Hale went with him.",
            "Hale served as an assistant to John Dunn, who later headed Mayor Varga's Committee to Re-elect the Mayor.",
            [],
        ),
        # A demonym and its country; an acronym and its plural.
        (
            "Dunn told German lawmakers the harbour was at stake.",
            "Dunn told Germany lawmakers the harbour was at stake.",
            [],
        ),
        ("Hale (30-2, 24 KOs) won the bout.", "Hale (30-2, 24 KO) won the bout.", []),
        # One party named two ways.
        ("All 42 members of the GOP caucus signed the letter.", "The 42 members of the Republican caucus signed.", []),
        # A country's adjective or people against its name or capital from the alias table.
        (
            "The bill was signed by U.S. senators and a judge.",
            "The bill was signed by American senators and a judge.",
            [],
        ),
        ("The deal angered Beijing officials and traders.", "The deal angered Chinese officials and traders.", []),
        ("The deal angered Chinese officials and traders.", "The deal angered U.S. officials and traders.", ["name"]),
        ("Oslo imposed new fines on Tehran.", "Oslo imposed new fines on Iran.", []),
        ("Oslo imposed new fines on Tehran.", "Oslo imposed new fines on Baghdad.", ["name"]),
        ("The Pentagon said the raid failed.", "The Defense Department said the raid failed.", []),
        ("The fighters of ISIS took the town.", "The fighters of ISIL took the town.", []),
        (
            "The fighters of Isil took the town.",
            "The fighters of Islamic State took the town.",
            [],
        ),  # The Guardian's style
        ("He flew on a Saudi Arabian jet.", "He flew on a Saudi Arabia jet.", []),
        # A demonym no name ending makes (data/demonyms.csv), singular or plural, against the name or another form.
        ("The Argentine navy sank the boat.", "Argentina's navy sank the boat.", []),
        ("Two Danish ministers met the pilots.", "Two Denmark ministers met the pilots.", []),
        ("The Filipino crew was freed on Sunday.", "The Philippine crew was freed on Sunday.", []),
        ("Two Swiss banks froze the funds.", "Two Switzerland banks froze the funds.", []),
        ("Two Spaniards were hurt in the blast.", "Two Spanish were hurt in the blast.", []),
        ("The Sri Lankan navy rescued six men.", "The Sri Lanka navy rescued six men.", []),
        ("The Moroccan team won the final.", "The Morocco team won the final.", []),
        ("The Saudi envoy left Paris.", "The Saudi Arabia envoy left Paris.", []),
        # Two peoples stay two names.
        ("The Argentine navy sank the boat.", "The Chilean navy sank the boat.", ["name"]),
        ("Two Danish ministers met the pilots.", "Two Swedish ministers met the pilots.", ["name"]),
        ("Two Swiss banks froze the funds.", "Two Sweden banks froze the funds.", ["name"]),
        # A family named in the plural, a title in the plural, a Latin plural.
        ("The letter was sent to Tomas Ferrell in May.", "The letter was sent to the Ferrells in May.", []),
        (
            "Assistant Sheriff Ana Cole spoke at the meeting.",
            "Cole went to a meeting of the National Sheriffs Assn.",
            [],
        ),
        ("The Office for Votes and Referenda set the date.", "The Votes and Referendum Office set the date.", []),
        ("Police said Tomas Ferrell was hurt.", "Police said Tomas Ferrells was hurt.", ["name"]),
        # A title before each name: the names differ, whatever the titles do.
        ('"It was a dark day," Mayor Lowe said.', '"It was a dark day," Governor Vance said.', ["name"]),
        ('"It was a dark day," Mayor Lowe said.', '"It was a dark day," Governor Lowe said.', []),
        ("Gov. Dana Hale signed the bill.", "Governor Dana Hale signed the bill.", []),
        # A title on one side only keeps guarding loosely paired sentences about two people.
        (
            "Vance has criticized Speaker Tom Hale of Utah, saying he should step down.",
            "Mr. Lowe has prepared to move up if Speaker Tom Hale of Utah retires.",
            [],
        ),
        # A job title before a surname makes it a person's, even first in the sentence: a surname has no forms.
        ("Agent Kowalski testified on Monday.", "Agent Kowalsky testified on Monday.", ["name"]),
        ("On Monday, Officer Dana Lee arrested the driver.", "On Monday, Detective Dana Lee arrested the driver.", []),
        # Two first words before one surname are given names, however common, even first in the sentence.
        ("Jeffrey Marsh died in his cell on Saturday.", "Jeffery Marsh died in his cell on Saturday.", ["name"]),
        ("Veteran Democrat Tom Hale died on Thursday.", "Longtime Democrat Tom Hale died on Thursday.", []),
        ("Several Democrats voted against the bill.", "Many Democrats voted against the bill.", []),
        # A name in another's place counts only in sentences that tell the rest alike, or in parallel wording.
        ("Clinton won the primary in Iowa.", "Sanders held a rally in Nevada.", []),
        ("Clinton won the primary in Iowa.", "Clinton won the primary in Nevada.", ["name"]),
        ("The team flew to Boston after the game.", "The team flew to Denver after the game.", ["name"]),
    ],
)
def test_names_differ_only_when_they_name_someone_else(a, b, kinds):
    assert [d.kind for d in compare_claims(a, b).differences] == kinds


@pytest.mark.parametrize(
    ("a", "b", "others", "kinds"),
    [
        # A headline capitalises every word, so its everyday words are no names there.
        ("Jazz Singer Ella Stone Dies at 81.", "Jazz Singer Ella Stone Dead at 81.", [], []),
        ("Man Who Didn't Spend A Penny Gives 500 To Charity.", "Man Spent Nothing, Gave 500 To Charity.", [], []),
        ("City Unveils Robot Guards at the Harbour.", "Robots Now Guard the City Harbour.", [], []),
        (
            "Meteorite Strikes Bolivian Capital, Leaves Crater.",
            "SMALL METEORITE STRIKES BOLIVIA, OFFICIALS SAY.",
            ["Officials in Bolivia said so.", "It hit the Bolivian capital."],
            [],
        ),
        # After a title, an everyday word is the headline's verb, not the holder's name.
        ("The Country's President Adopts a Godson.", "The Country's President Adopted a Godson.", [], []),
        ("The King May Visit the Troops on Friday.", "The King Hassan Visits the Troops on Friday.", [], []),
        # A capitalised "Not" denies in a headline, and the word it denies is no name there.
        (
            "This Painting Of The Harbour Is Not By The Mayor.",
            "The painting of the harbour isn't by the mayor.",
            [],
            [],
        ),
        (
            "Council Says the Pier Will Not Reopen This Year.",
            "Council Says the Pier Will Reopen This Year.",
            [],
            ["negation"],
        ),
        # Still differences in a headline: a figure, a name after a title.
        (
            "Council Spends 300 Million on the New Bridge.",
            "Council Spends 800 Million on the New Bridge.",
            [],
            ["number"],
        ),
        ("Mayor Kowalski Opens the New Bridge.", "Mayor Kowalsky Opens the New Bridge.", [], ["name"]),
        ("Senator Varga Opens the New Bridge.", "Senator Horvath Opens the New Bridge.", [], ["name"]),
    ],
)
def test_a_headlines_capitals_prove_no_name(a, b, others, kinds):
    event = [a, b, *others] if others else None
    assert [d.kind for d in compare_claims(a, b, event=event).differences] == kinds


@pytest.mark.parametrize(
    ("a", "b", "kinds"),
    [
        ("The council had not passed the budget.", "The council passed the budget.", ["negation"]),
        ("The council did not pass the budget.", "The council passed the budget.", ["negation"]),
        # An apostrophe dropped is still a negation; a question asserts nothing.
        ("The injured man cant speak, police said.", "The injured man can't speak, police said.", []),
        (
            "And who, exactly, failed as much as the others?",
            "It is not enough to not fail as much as the others, he said.",
            [],
        ),
        # A question inside a headline or sentence asks; it neither affirms nor denies.
        ("Is the Mayor Dead? Fans Panic Over Rumours.", "The mayor is not dead, his office said.", []),
        ("Did a Bear Really Enter the School? Parents Ask.", "A bear did not enter the school, police said.", []),
        ("Isn't the Bridge Closed? Drivers Ask the Council.", "The bridge is closed, the council said.", []),
        (
            "Why ask? The bridge is not closed, the council said.",
            "The bridge is closed, the council said.",
            ["negation"],
        ),
        # The same meaning said two ways.
        ("The patient had not yet regained consciousness.", "The patient had yet to regain consciousness.", []),
        # A negation in a statement the other outlet does not make.
        (
            "The minister won't attend the summit in Oslo.",
            "The minister, who would be expected to attend, is abroad.",
            [],
        ),
        (
            "The firm would have no further comment on the case.",
            "Staff were sent home for further questioning by police.",
            [],
        ),
        ("This wasn't Ada Lune or Tom Reyes, the coaches said.", "Ada Lune and Tom Reyes were fired this season.", []),
        # "no-one" is "no one"; "not until" says when; "said no and" answers; "refused to" and "ruled out" negate.
        ("No-one was hurt in the blaze at the depot.", "No one was hurt in the blaze at the depot.", []),
        ("It was not until May 30 that the family named him.", "The family named him on May 30.", []),
        (
            "Varga said no and went on to win the primary.",
            "Varga turned down the offer and went on to win the primary.",
            [],
        ),
        ("The brothers have ruled out fighting each other.", "The brothers will never fight each other.", []),
        ("The mayor refused to sign the order.", "The mayor did not sign the order.", []),
        ("The mayor refused to sign the order.", "The mayor signed the order.", ["negation"]),
        # The negated word must stand in the same words on both sides, before and after it.
        (
            'She told them to "dress like you deserve respect, not a seat at a bar."',
            'She called their outfits more fit for "a seat at the bar."',
            [],
        ),
        # What would not have happened, had things been otherwise, negates nothing reported.
        (
            "The coach decided the club would put Ruiz on the bench.",
            "The coach said that if the club were still in the race, then he wouldn't have put Ruiz on the bench.",
            [],
        ),
        ("The coach said he would send Ruiz home.", "The coach said he would not send Ruiz home.", ["negation"]),
        # "None of the N ... has V" denies V, not that there are N.
        (
            "Other clubs in the race for Lopez are Porto, Lyon and Ajax.",
            "None of the other clubs in the race for Lopez -- Porto, Lyon and Ajax -- has made a bid of more than ten million.",
            [],
        ),
        ("Some of the other clubs have made a bid.", "None of the other clubs have made a bid.", ["negation"]),
        # "nor was he asked" denies a clause of its own; "nor the car" one more thing.
        (
            "None of the rivals named her as a running mate, nor was Lund asked that question.",
            "None of the rivals named her as a running mate and Lund was not asked the question.",
            [],
        ),
        ("Police did not find the gun, nor the car.", "Police did not find the gun or the car.", []),
        ("The mayor did not resign, nor was he asked to.", "The mayor did not resign and was asked to.", ["negation"]),
        # One verb's forms meet whatever the crude stem makes of them ("attend" / "attended").
        ("The mayor attended the gala.", "The mayor did not attend the gala.", ["negation"]),
        # "whether or not" sets two alternatives side by side: it denies nothing.
        ("Police asked whether or not the driver was drunk.", "Police asked whether the driver was drunk.", []),
        ("The mayor found the letter.", "The mayor never found the letter.", ["negation"]),
        # "not ... until" says when, not whether.
        ("The count will not be known until Friday.", "The count will be known on Friday.", []),
        ("The pier will not reopen until March.", "The pier will reopen in May.", ["date"]),
        ("The pier will not reopen this year.", "The pier will reopen this year.", ["negation"]),
        # A short sentence with no content word around the verb negates the same words around it.
        ("He was not arrested.", "He was arrested.", ["negation"]),
        ("He was not arrested.", "She was arrested.", []),
        # A negating noun says what "failed to" says, however far its "to"; "unless" is "if not".
        (
            "The union blamed their failure, for the third year running, to pass the budget.",
            "For the third year running, they failed to pass the budget, the union said.",
            [],
        ),
        (
            "Their failure to pass the budget angered voters.",
            "They passed the budget, which angered voters.",
            ["negation"],
        ),
        (
            "If the tariffs are not lifted, Canada will retaliate against the steel mills.",
            "Canada will retaliate against the steel mills unless the tariffs are lifted.",
            [],
        ),
        ("The tariffs were not lifted, Canada said.", "The tariffs were lifted, Canada said.", ["negation"]),
        # An irregular past form is its verb: "swam" is what "did not swim" denies.
        (
            "A seal swam up the river to the town bridge.",
            "No, a seal did not swim up the river to the town bridge.",
            ["negation"],
        ),
        ("The council did not meet on Monday.", "The council met on Monday.", ["negation"]),
        ("The council did not meet on Monday.", "The council met the mayor's staff on Tuesday.", []),
        # A side that calls the report a hoax, or denies it, denies as the other's "not" does.
        (
            "The report of six days of darkness in June is a hoax.",
            "No, there won't be six days of darkness in June.",
            [],
        ),
        ("Police denied reports that the mayor was arrested.", "The mayor was not arrested, police said.", []),
        (
            "The mayor did not resign over the fake letter.",
            "The mayor resigned over the fake letter.",
            ["negation"],
        ),
        (
            "The mayor was arrested on Monday, police said.",
            "The mayor was not arrested on Monday, police said.",
            ["negation"],
        ),
        # "no X and no Y" is one denial listing two things.
        ("Divers found no wreckage and no fuel, he said.", "Nobody has found wreckage, fuel or any other trace.", []),
        ("Divers found no wreckage and no fuel, he said.", "Divers found wreckage and fuel, he said.", ["negation"]),
        # "No one", "nobody", "none of", "nothing" deny the verb after them: "No one was [hurt]".
        ("No one was hurt when the roof fell in.", "Two workers were hurt when the roof fell in.", ["negation"]),
        ("Nobody was hurt when the roof fell in.", "Two workers were hurt when the roof fell in.", ["negation"]),
        ("None of the passengers was hurt.", "Two passengers were hurt.", ["negation"]),
        ("Nothing was stolen from the house.", "Jewellery was stolen from the house.", ["negation"]),
        ("No one was hurt in the blast.", "Nobody was hurt in the blast, police said.", []),
        # "No 2" without its dot is a rank, not a denial.
        (
            '"Nobody wants to finish No 2 in this league," Hale said.',
            '"Nobody wants to finish No. 2 in this league."',
            [],
        ),
        # A short denial against a statement that goes on: the same words before make it the same statement.
        ("He was not charged.", "He was charged with assault.", ["negation"]),
        ("He did not attend.", "He attended the dinner on Friday.", ["negation"]),
        ("He was not charged.", "She was charged with assault.", []),
        ("He did not attend.", "She attended the dinner on Friday.", []),
        # "not actually", "not really": the verb after them is what is denied.
        ("The mayor did not actually sign the bill.", "The mayor signed the bill.", ["negation"]),
        ("The mayor didn't really sign the bill.", "The mayor signed the bill on Monday.", ["negation"]),
        # The subject worded in another order on the other side: what follows the verb decides.
        (
            "The governor of Ohio signs the bill into law.",
            "Ohio's governor did not sign the bill into law.",
            ["negation"],
        ),
        ("The club's owner did not sell the team.", "The owner of the club sold the team.", ["negation"]),
        ("Mayor Lowe Not Booed At The Rally.", "Mayor Lowe's speech booed at the rally.", ["negation"]),
        # A verb before the word says what it is about: a plea at an arraignment is no verdict at a trial.
        (
            "At her arraignment in May, Dana Cole pleaded not guilty to both counts of fraud.",
            "A jury found Dana Cole guilty on both counts of fraud after a two-week trial.",
            [],
        ),
        # Reported speech moves "has" to "had": "had cooperated" and "has not cooperated" tell one moment.
        (
            "Prosecutors said the aide had cooperated with investigators since March.",
            "The aide has not cooperated with investigators since March, prosecutors said.",
            ["negation"],
        ),
        # Two denials cancel: "did not rule out" leaves it possible, and conflicts with "ruled out".
        (
            "The minister did not rule out further sanctions but said talks came first.",
            "Further sanctions remain possible, the minister said.",
            [],
        ),
        ("The minister did not rule out further sanctions.", "The minister ruled out further sanctions.", ["negation"]),
        ("He never failed to pay his taxes, aides said.", "He paid his taxes, aides said.", []),
        # "declined to" a figure is a fall, not a refusal.
        ("Revenue declined to $36.9 billion from $39.3 billion.", "Revenue fell to $36.9bn from $39.3bn.", []),
        ("The mayor declined to comment on the plan.", "The mayor commented on the plan.", ["negation"]),
        # "failing to", "refusing to" deny as "not" does: two denials worded apart agree.
        (
            "The board faulted him for failing to address the leak.",
            "The board faulted him for not addressing the leak.",
            [],
        ),
        ("He was fined for failing to pay the tax.", "He was fined and paid the tax.", ["negation"]),
        # A twin denied on its own side too: "instead of", "not immediately", "to stop it", "may or may not".
        (
            "Officers will give a fine, not an arrest, for the offence.",
            "Officers will give a fine instead of arrest for the offence.",
            [],
        ),
        (
            "The firm declined to comment and the mayor was not available for comment.",
            "A spokesman for the mayor was not immediately available for comment.",
            [],
        ),
        ("Mayor Adopts Dog So It Won't Turn Into A Stray.", "Mayor adopts dog to stop it turning into a stray.", []),
        (
            "Mayor Adopts Dog So It Won't Turn Into A Stray.",
            "Mayor adopts dog to keep it from turning into a stray.",
            [],
        ),
        ("The firm may or may not hold a sale in May.", "The firm will hold a sale in May.", []),
        ("The Firm May Or May Not Hold A Sale In May.", "The firm will hold a sale in May.", []),
        # In a headline the capitalised verb is what is denied, not the small word after it.
        ("Mayor Adopts Dog So It Won't Turn Into A Stray.", "The mayor's dog turned into a stray.", ["negation"]),
        # A name before a noun describes what is denied: the noun is the statement's word.
        ("The suspect is not a U.S. citizen.", "The suspect is a U.S. citizen.", ["negation"]),
        ("The driver is not a Dutch national.", "The driver is a Dutch national, police said.", ["negation"]),
        ("The suspect is not a U.S. citizen.", "The suspect entered the U.S. in 2010.", []),
        # A capitalised "Not" inside a sentence is part of a name.
        ("The FTC runs the national Do Not Call list.", "The F.T.C. runs the national do-not-call list.", []),
        (
            'She said: "That is nonsense. ... Not a single word of it is true."',
            '"Not a single word of it is true," she said.',
            [],
        ),
        ("He did NOT attend.", "He attended the dinner on Friday.", ["negation"]),
        # When stands between a refusal and its verb, and the subject is told in other words; "concede" / "conceded".
        (
            "Party leader Viktor Sarkis conceded defeat on Monday and congratulated his rival.",
            "Viktor Sarkis, the 47-year-old leader of the party, refused on Monday to concede defeat.",
            ["negation"],
        ),
        ("The mayor conceded defeat.", "The mayor refused to concede defeat.", ["negation"]),
        ("The mayor signed the bill.", "The mayor declined again to sign the bill.", ["negation"]),
        ("Revenue declined on Tuesday to $36.9 billion.", "Revenue rose on Tuesday to $36.9 billion.", []),
    ],
)
def test_negation_only_of_the_same_statement(a, b, kinds):
    assert [d.kind for d in compare_claims(a, b).differences] == kinds


@pytest.mark.parametrize(
    ("a", "b", "kinds"),
    [
        # US/UK spelling and editorial insertions inside a quote are not misquotes.
        ('"Police locked down the neighbourhood," he said.', '"Police locked down the neighborhood," he said.', []),
        (
            '"Now these (local) supervisors have too much say," she said.',
            '"Now these supervisors have too much say," she said.',
            [],
        ),
        # An excerpt that makes a dependent clause a statement of its own is a misquote ...
        (
            '"I think that the harbour is safe for every boat," Hale said.',
            '"The harbour is safe for every boat," he said.',
            ["quote"],
        ),
        # ... but a preface saying that the speaker speaks is left out of an excerpt, not misquoted.
        (
            '"I just want to say that I am sorry for what I did," she told the court.',
            '"I am sorry for what I did," she told the court.',
            [],
        ),
        (
            '"We lost the vote, because they are afraid of the truth," Hale said.',
            '"They are afraid of the truth."',
            ["quote"],
        ),
        # ... but an excerpt leaving out an opening phrase or a whole clause is not, nor a dropped "And,", nor a
        # phrase mid-sentence.
        (
            '"I am strongly for the bridge and I am not for the toll," she said.',
            '"I am not for the toll," Dunn said.',
            [],
        ),
        (
            '"Last night I was stopped by a constable on the quay," Hale said.',
            '"I was stopped by a constable on the quay," he said.',
            [],
        ),
        (
            '"And, for the good of the town, we must act now," she said.',
            '"For the good of the town, we must act now."',
            [],
        ),
        (
            '"Last night I was stopped by a constable on the quay," Hale said.',
            'Hale said he was "stopped by a constable."',
            [],
        ),
        (
            '"I welcomed the Harbour Compact as a turning point for the town," she wrote.',
            "She welcomed what she called the \u201cHarbour Compact\u201d at the meeting.",
            [],
        ),
        # Two different statements of one speaker are no misquote of each other.
        (
            '"I have not heard anyone in the party admit yet that they have a problem," he said.',
            '"Hello, my name is the party and I have a problem!" he declared.',
            [],
        ),
        # One word in two forms is a slip of the pen, noted, not a misquote; another word is a misquote.
        (
            '"We were talking about the harbour ferries," the mayor said.',
            '"We were talking about the harbour ferry," Varga said.',
            [],
        ),
        (
            '"We will keep building the sea walls we promised," she said.',
            '"We will keep build the sea walls we promised," she said on Monday.',
            [],
        ),
        (
            '"We will keep building the sea walls we promised," she said.',
            '"We will keep raising the sea walls we promised," she said on Monday.',
            ["quote"],
        ),
        (  # the apostrophe of a possessive in two places
            '"I understand the harbour town\'s anger at the closure," the mayor said.',
            '"I understand the harbour towns\' anger at the closure," the mayor said.',
            [],
        ),
        (  # a word more besides: quoted in other words
            '"You need not sit in the pews every Sunday to know that the harbour is in trouble," she said.',
            '"You need not sit in the pew every Sunday to know the harbour is in trouble," she said.',
            ["quote"],
        ),
        # Abbreviated titles and dotted acronyms inside a quote are house style.
        (
            '"Sen. Varga knows the harbour better than anyone."',
            '"Senator Varga knows the harbour better than anyone."',
            [],
        ),
        (
            '"He served as a decorated FBI agent," the statement said.',
            '"The truth will out. He served as a decorated F.B.I. agent."',
            [],
        ),
        # A word printed with asterisks is house style, not a misquote.
        (
            '"We will not pay for that d***ed bridge!" he said.',
            '"We will not pay for that damned bridge," Hale said.',
            [],
        ),
        (
            '"We will not pay for that d***ed bridge!" he said.',
            '"We will not pay for that dreadful bridge," Hale said.',
            ["quote"],
        ),
        # Two real words one edit apart in loosely matched wording are not a typo.
        (
            "Gupta had mulled the offer for a while before saying no.",
            "Gupta pulled himself out of the race earlier this year.",
            [],
        ),
        (
            "The council voted for the restoration of demacracy on Monday.",
            "The council voted for the restoration of democracy on Monday.",
            ["spelling"],
        ),
        # Words left out inside a quote, with its own words on both sides and no ellipsis, quote the
        # statement in other words ...
        (
            '"The ferry is now running but is badly delayed by the storm," the harbour master said.',
            '"The ferry is now running but delayed by the storm," she said.',
            ["quote"],
        ),
        (
            'She said there are "weeks when every room is booked and weeks where only now and then a guest calls."',
            'There are "weeks when every room is booked and weeks where now and then a guest calls," she said.',
            ["quote"],
        ),
        # ... but not where the outlet marks the cut, nor a whole sentence or its opening "So" left out, nor
        # "that" or "the", a title, or a time zone beside a figure.
        (
            '"The ferry is now running ... and delayed by the storm," the harbour master said.',
            '"The ferry is now running again this morning and delayed by the storm," she said.',
            [],
        ),
        (
            '"I have not broken the rules. I have not misled this committee or any other panel," Hale said.',
            '"I have not misled this committee or any other panel," Hale said.',
            [],
        ),
        (
            '"I saw the reports on the pier. So if that is true then you can judge it on your own," Hale said.',
            '"I saw the reports on the pier. If that is true then you can judge it on your own," Hale said.',
            [],
        ),
        (
            '"I am not ashamed to admit that I am a sailor and proud of it," Hale said.',
            '"I am not ashamed to admit I am a sailor and proud of it," Hale said.',
            [],
        ),
        (
            '"I flatly disagree with Mayor Lund on the harbour budget," Hale said.',
            '"I flatly disagree with Lund on the harbour budget," Hale said.',
            [],
        ),
        (
            '"I flatly disagree with Councillor Lund on the harbour budget," Hale said.',
            '"I flatly disagree with Lund on the harbour budget," Hale said.',
            [],
        ),
        (
            '"The ferry left the quay at 6:40pm PST this evening with every seat taken," she said.',
            '"The ferry left the quay at 18:40 this evening with every seat taken," she said.',
            [],
        ),
        # A line left out at an ellipsis, which the other outlet does not quote, is no misquote.
        (
            'At the event, Lund says, "We learned a great deal in the days I served in the navy... whatever we '
            'think about the war, whatever we call it, we owe our troops support."',
            '"And you show it. Whatever we think about the war, whatever we call it, we owe our troops support."',
            [],
        ),
        # An abbreviation made of the initials of the other outlet's words, dotted or not, is house style.
        (
            'Lund said: "We urge all VLC users to install the fix today," in a statement.',
            'Lund urged "all Video Lan Client users to install the fix today".',
            [],
        ),
        (
            '"He served as a decorated FBI agent," his lawyer said.',
            '"He served as a decorated F.B.I. agent," his lawyer said.',
            [],
        ),
        (
            'Lund said: "We urge all VLC users to install the fix today," in a statement.',
            'Lund urged "all Video Lan users to install the fix today".',
            ["quote"],
        ),
        # A capitalised word may be a name: never split ("Badat" / "bad at"), never given another first letter
        # ("Gansas" / "kansas"), and never a difference when both sides write it.
        ("Sobig spread through email attachments.", "The worm spread through email attachments.", []),
        ("Both Kestrel and iDefense say the flaw is real.", "Kestrel says the flaw is real.", []),
        ("Output fell sharply inJanuary, the firm said.", "Output fell sharply, the firm said.", ["spelling"]),
        (
            "Gansas got more bad news yesterday from the agency.",
            "The captain, Ed Gansas, was told yesterday by the agency that he should be fired.",
            [],
        ),
        ("Police arested the captain on Monday.", "Police held the captain on Monday.", ["spelling"]),
        (
            "Athough the pier reopened, boats stayed away.",
            "Although the pier reopened, boats stayed away.",
            ["spelling"],
        ),
        ("Mr. arested was fined.", "Mr. arested was fined on Monday.", []),
    ],
)
def test_quotes_and_typos_on_real_reporting(a, b, kinds):
    assert [d.kind for d in compare_claims(a, b).differences] == kinds


@pytest.mark.parametrize(
    ("a", "b", "mine", "theirs"),
    [
        # Each figure is set against the one in its own slot, not every figure of the other side.
        (
            "Voss scored 18 points and now has 1,402 for her career.",
            "Voss now has 1,401 career points.",
            "1,402",
            "1,401",
        ),
        (
            "The storm killed at least nine people and injured 30, 12 of them children.",
            "The storm killed at least eight people and injured nearly 40.",
            "nine, 30",
            "eight, 40",
        ),
        (
            "Costs listed include $7,300 for a boat and $1,250.40 at the Lake Spa.",
            "In 2019 he paid $1,350.40 at the Lake Spa.",
            "$1,250.40",
            "$1,350.40",
        ),
    ],
)
def test_each_figure_is_set_against_its_own_slot(a, b, mine, theirs):
    (difference,) = compare_claims(a, b).differences
    assert (difference.mine, difference.theirs) == (mine, theirs)


def test_two_full_dates_differ_once():
    # Compared as dates and again by their months: one difference.
    c = compare_claims("The firm opened the plant on Sept. 12.", "The firm opened the plant on Aug. 9.")
    assert [d.reason for d in c.differences] == ["date: Sept. 12 \u2260 Aug. 9"]


def test_a_measure_is_shown_with_its_unit():
    (d,) = compare_claims("The climber fell about 200 feet.", "The climber fell about 150 metres.").differences
    assert d.reason == "number: 200 feet ≠ 150 metres"


@pytest.mark.parametrize(
    ("a", "b", "reasons"),
    [
        # A clear misspelling whose correct word the other outlet does not use.
        (
            "Police arested the driver near the bridge.",
            "The driver was held near the bridge.",
            ["spelling: arested ≠ arrested (usual spelling)"],
        ),
        # Real rare words and British spellings are words, not typos.
        ("The judge banged her gavel at the harbour.", "The judge ended the hearing at the harbour.", []),
        ("The minister retorted on Monday.", "The minister replied on Monday.", []),
        # A word run into a web address is page furniture, not a misspelling.
        ("Read the full ruling athttps://courts.example/ruling today.", "The full ruling is online today.", []),
        ("The ruling is at courts.example/rulingss today.", "The full ruling is online today.", []),
        # A misspelling wordfreq lists, whose usual spelling the other side writes elsewhere in its sentence.
        (
            "The governor declared an emergency in 12 counties after the river rose on Tuesday.",
            "After the river rose on Tuesday, the govenor declared an emergency in 12 counties.",
            ["spelling: govenor ≠ governor"],
        ),
    ],
)
def test_clear_misspellings_need_no_counterpart_word(a, b, reasons):
    assert [d.reason for d in compare_claims(a, b).differences] == reasons


@pytest.mark.parametrize(
    ("text", "typos"),
    [
        ("Police arested him on Monday.", [("arested", "arrested")]),
        ("The officals recieved the letter.", [("officals", "officials"), ("recieved", "received")]),
        ("Read more athttps://example.com/story today.", []),
        ("See wwwnewsitee.com, mail tipps@newsitee.org or example.com/storiees/abc.", []),
    ],
)
def test_lone_typos_skip_web_addresses(text, typos):
    assert lone_typos(text) == typos


def test_a_single_sourced_claim_with_a_typo_gets_a_spelling_note():
    claims = pd.DataFrame(
        [
            ("a:1", "Wire A", "The council recieved the report and the mayor decidedto resign."),
            ("b:1", "Daily B", "Storms closed the harbour for a week."),
        ],
        columns=["claim_id", "source", "text"],
    )
    from factcheck import align_claims, suggest_verdicts

    row = suggest_verdicts(claims, align_claims(claims)).set_index("claim_id").loc["a:1"]
    assert row["verdict"] == "single-sourced" and row["conflict_types"] == "spelling"
    assert "spelling: decidedto (Wire A) ≠ decided to (usual spelling)" in row["reasons"]
    # a misspelling common enough for wordfreq to know it, which no spelling dictionary has
    assert "spelling: recieved (Wire A) ≠ received (usual spelling)" in row["reasons"]


@pytest.mark.parametrize(
    ("a", "b", "others", "without", "with_event"),
    [
        # A place the event's own texts put inside another: a benign note, as in the verdicts.
        (
            "The fire broke out in Millom on Sunday night.",
            "The fire broke out in Cumbria on Sunday night.",
            ["Crews came to a house in Millom, Cumbria, at ten."],
            ["name: Millom ≠ Cumbria"],
            [],
        ),
        # Two parts of one name that an outlet of the event writes together.
        (
            "Doctors said Joan was stable on Friday.",
            "Doctors said Rivers was stable on Friday.",
            ["Joan Rivers was taken to hospital on Thursday."],
            ["name: Joan ≠ Rivers"],
            [],
        ),
        # A sentence's first word is whose figure it is once the event writes it as a name: two rewards.
        (
            "Halvorsen offered a $20,000 reward for tips about the break-in.",
            "Police chief Ortiz announced a $25,000 reward for tips about the break-in.",
            ["The family of Halvorsen thanked the town."],
            ["number: $20,000 ≠ $25,000"],
            [],
        ),
        # A sentence's first word that the event writes as a name mid-sentence is a name, never "corrected".
        (
            "Saudia spokesman Ali Fahd said the rule would change.",
            "Saudi spokesman Ali Fahd said the rule would change.",
            ["Passengers flew with Saudia, the Saudi flag carrier."],
            ["spelling: Saudia ≠ Saudi"],
            [],
        ),
        # A misspelling some outlet of the event marks "[sic]" is the source's own.
        (
            "The sign read: closed for everone on Monday.",
            "The sign read: closed for everyone on Monday.",
            ['A photo shows the sign, "closed for everone" (sic).'],
            ["spelling: everone ≠ everyone"],
            [],
        ),
        # Texts that relate neither name change nothing.
        (
            "The fire broke out in Millom on Sunday night.",
            "The fire broke out in Leeds on Sunday night.",
            ["Crews came to a house in Millom, Cumbria, at ten."],
            ["name: Millom ≠ Leeds"],
            ["name: Millom ≠ Leeds"],
        ),
    ],
)
def test_compare_claims_with_the_event_sees_what_the_verdicts_see(a, b, others, without, with_event):
    from factcheck import align_claims, suggest_verdicts

    event = [a, b, *others]
    assert [d.reason for d in compare_claims(a, b).differences] == without
    assert [d.reason for d in compare_claims(a, b, event=event).differences] == with_event
    claims = pd.DataFrame({"claim_id": ["x:1", "y:1", "z:1"], "source": ["X", "Y", "Z"], "text": event})
    verdicts = suggest_verdicts(claims, align_claims(claims)).set_index("claim_id")
    assert (verdicts.loc["x:1", "verdict"] == "conflicting") is bool(with_event)


def test_compare_claims_with_the_event_and_its_outlets_sees_names_spelt_two_ways():
    a, b = "Al-Shabaab fighters attacked the base on Tuesday.", "Al-Shabab fighters attacked the base on Tuesday."
    event = [a, "The Shabaab said so.", b, "Shabab men left."]
    assert [d.reason for d in compare_claims(a, b, event=event).differences] == ["name: Shabaab ≠ Shabab"]
    spelt = compare_claims(a, b, event=event, sources=["A", "B", "C", "D"])
    assert (spelt.differences, [str(n) for n in spelt.benign]) == ((), ["spelt two ways: Shabaab = Shabab"])


@pytest.mark.parametrize(
    ("a", "b", "kinds", "notes"),
    [
        # Two names, each with its own figure of one unit: two subjects, two facts; neither name is wrong.
        (
            "Halvorsen raised $6 million in the third quarter.",
            "Okafor raised $9.5 million in the third quarter.",
            [],
            ["two subjects: Halvorsen $6 million / Okafor $9.5 million"],
        ),
        (
            "The flood killed 12 people in Dorset on Friday.",
            "The flood killed 5 people in Devon on Friday.",
            [],
            ["two subjects: Dorset 12 / Devon 5"],
        ),
        (
            "The Harriers scored 31 points at home.",
            "The Kestrels scored 24 points at home.",
            [],
            ["two subjects: Harriers 31 / Kestrels 24"],
        ),
        # Days and dates too: two chambers' votes.
        (
            "The Assembly voted on Tuesday to pass the levy.",
            "The Council voted on Thursday to pass the levy.",
            [],
            ["two subjects: Assembly Tuesday / Council Thursday"],
        ),
        (
            "The Assembly voted on Tuesday to pass the levy.",
            "The Assembly voted on Thursday to pass the levy.",
            ["weekday"],
            [],
        ),
        # One figure for two names: one of them is wrong.
        (
            "The flood killed 12 people in Dorset on Friday.",
            "The flood killed 12 people in Devon on Friday.",
            ["name"],
            [],
        ),
        # Figures of two units are no evidence of two subjects.
        ("Okafor scored 30 points in the final.", "Halvorsen scored 12 rebounds in the final.", ["name"], []),
        # One name spelt two ways is one person: the names still differ.
        ("Mayor Kowalski won 52 percent of the vote.", "Mayor Kowalsky won 48 percent of the vote.", ["name"], []),
    ],
)
def test_two_subjects_figures_are_two_facts(a, b, kinds, notes):
    event = [a, b, "Rivals Halvorsen, Okafor, Kowalski, the Harriers, the Kestrels, the Assembly and the Council met."]
    c = compare_claims(a, b, event=event)
    assert [d.kind for d in c.differences] == kinds
    assert [str(n) for n in c.benign if n.label == "two subjects"] == notes


@pytest.mark.parametrize(
    ("a", "b", "kinds", "notes"),
    [
        # A running count told on two days: two counts at two moments, both true.
        (
            "The number of missing climbers rose to 9 on Saturday.",
            "The number of missing climbers rose to 14 on Sunday.",
            [],
            ["two moments: 9 Saturday / 14 Sunday"],
        ),
        (
            "As of Friday, 230 homes had lost power.",
            "As of Saturday, 410 homes had lost power.",
            [],
            ["two moments: 230 Friday / 410 Saturday"],
        ),
        (
            "Rescuers said on May 2 that 31 miners had been found.",
            "Rescuers said on May 3 that 38 miners had been found.",
            [],
            ["two moments: 31 May 2 / 38 May 3"],
        ),
        # A happening's day, in its own clause, still conflicts; so does one count told for two days.
        (
            "The ferry sank on Saturday, drowning 9 people.",
            "The ferry sank on Sunday, drowning 14 people.",
            ["weekday"],
            [],
        ),
        (
            "The number of missing climbers rose to 9 on Saturday.",
            "The number of missing climbers rose to 9 on Sunday.",
            ["weekday"],
            [],
        ),
        # Two periods' figures, whatever the verb: two years, two halves, two terms.
        (
            "In 2009, the fair drew 4,000 visitors to Arlow.",
            "In 2014, the fair drew 9,000 visitors to Arlow.",
            [],
            ["two moments: 4,000 2009 / 9,000 2014"],
        ),
        (
            "Turnover was $3 million in the first half.",
            "Turnover was $4.5 million in the second half.",
            [],
            ["two moments: $3 million first half / $4.5 million second half"],
        ),
        # "in 2004, when 212 people died": the clause after the comma tells what befell that year.
        (
            "About 1,100 people died in a quake there in 1979.",
            "The region was last hit by a deadly quake in 2004, when 212 people died.",
            [],
            ["two moments: 1,100 1979 / 212 2004"],
        ),
        ("A quake there in 1979 killed 1,100 people.", "A quake there in 1978 killed 1,100 people.", ["number"], []),
        # One figure for two periods, or two figures for one: the periods or the figures conflict.
        (
            "In 2009, the fair drew 4,000 visitors to Arlow.",
            "In 2014, the fair drew 4,000 visitors to Arlow.",
            ["number"],
            [],
        ),
        ("Turnover was $3 million in the first half.", "Turnover was $4.5 million in the first half.", ["number"], []),
        # A period written as one hyphenated word before its noun: "second-quarter profit".
        (
            "Second-quarter profit rose 10 percent.",
            "First-quarter profit rose 8 percent.",
            [],
            ["two moments: 10 percent Second-quarter / 8 percent First-quarter"],
        ),
        ("Second-quarter profit rose 10 percent.", "Second-quarter profit rose 8 percent.", ["number"], []),
        # Not a running count: two days of one happening, whatever "by" says ("buried by relatives").
        ("Guards detained 6 fans on Saturday.", "Guards detained 8 fans on Sunday.", ["weekday"], []),
        ("The 6 fans were met by guards on Saturday.", "The 8 fans were met by guards on Sunday.", ["weekday"], []),
        (
            "Guards detained 6 fans by Saturday.",
            "Guards detained 8 fans by Sunday.",
            [],
            ["two moments: 6 Saturday / 8 Sunday"],
        ),
        # What had not happened when one outlet wrote, and what then happened: two moments.
        (
            "The council has not published the audit.",
            "The council published the audit on Thursday.",
            [],
            ["two moments: has not published / published"],
        ),
        (
            "The driver hasn't been named by police.",
            "The driver was named by police as Tom Reed.",
            [],
            ["two moments: hasn't been named / named"],
        ),
        # A closed past, or the present perfect on both sides, is one moment: a negation.
        ("The council did not publish the audit.", "The council published the audit on Thursday.", ["negation"], []),
        ("The council has not published the audit.", "The council has published the audit.", ["negation"], []),
        # A day planned or forecast, and the day it happened: two moments. Two plans, or two reports of what
        # happened, still conflict, as does a day the plan does not date.
        (
            "The storm is expected to reach the coast on Thursday.",
            "The storm reached the coast on Friday.",
            [],
            ["two moments: Thursday / Friday"],
        ),
        (
            "The ballot will be held on Tuesday.",
            "The ballot was held on Wednesday.",
            [],
            ["two moments: Tuesday / Wednesday"],
        ),
        ("The hearing is due to open on May 3.", "The hearing opened on May 5.", [], ["two moments: May 3 / May 5"]),
        ("The ballot is scheduled for Tuesday.", "The ballot is scheduled for Wednesday.", ["weekday"], []),
        ("The pier would close in June, members said.", "The pier will close in July, members said.", ["date"], []),
        ("In May, the storm reached the coast on Friday.", "The storm reached the coast on Thursday.", ["weekday"], []),
        ("Due to rain, the final was played on Sunday.", "The final was played on Saturday.", ["weekday"], []),
        ("The hearing is due to open on May 3.", "The hearing is due to open on May 5.", ["date"], []),
        # One plan told in two tenses is one plan: what "happened" needs a past form.
        ("The polls will close at 8 p.m. local time.", "The polls close at 9 p.m. local time.", ["time"], []),
        (
            "The polls will close at 8 p.m.",
            "Officials said the polls close at 9 p.m.",
            ["time"],
            [],
        ),  # "said" tells no outcome
        ("The museum will reopen on June 21, aides said.", "The museum reopens on July 21, aides said.", ["date"], []),
        (
            "The museum will reopen on June 21, aides said.",
            "The museum reopened on July 21, aides said.",
            [],
            ["two moments: June 21 / July 21"],
        ),
        (
            "The storm reached the coast on Friday and will move inland on Saturday.",
            "The storm reached the coast on Thursday.",
            ["weekday"],
            [],
        ),
    ],
)
def test_two_moments_are_two_facts(a, b, kinds, notes):
    c = compare_claims(a, b)
    assert [d.kind for d in c.differences] == kinds
    assert [str(n) for n in c.benign if n.label == "two moments"] == notes


@pytest.mark.parametrize(
    ("a", "b", "kinds"),
    [
        # An age told by "died at", "at the age of", "who was", or with the name elsewhere in the sentence.
        ("Marsh died at 91 on Friday.", "Marsh, 93, died on Friday.", ["number"]),
        ("Marsh died on Friday at the age of 91.", "Marsh died on Friday aged 93.", ["number"]),
        ("Ida Marsh died on Friday aged 91.", "Marsh, 93, died on Friday.", ["number"]),
        ("Marsh, who was 91, died on Friday.", "Marsh, 93, died on Friday.", ["number"]),
        ("Relatives said Marsh died aged 91.", "Relatives said Marsh died at the age of 93.", ["number"]),
        # Two people's ages, and an unnamed person's word before the name of another.
        ("Marsh died on Friday aged 91.", "Ona Hale, 93, also died.", []),
        ("A nurse aged 41 was hurt, Marsh said.", "A nurse aged 44 was hurt.", ["number"]),
    ],
)
def test_an_age_is_set_against_the_same_persons_age(a, b, kinds):
    event = [a, b, "Friends of Ida Marsh and Ona Hale gathered."]
    assert [d.kind for d in compare_claims(a, b, event=event).differences] == kinds


def test_one_word_in_two_forms_is_noted():
    c = compare_claims(
        '"The ferries are the histories of this town," she said.',
        '"The ferries are the history of this town," she said.',
    )
    assert c.differences == ()
    assert [str(n) for n in c.benign] == ["one word two forms: histories = history"]
