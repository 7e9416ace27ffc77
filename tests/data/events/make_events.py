#!/usr/bin/env python3
"""Regenerate the fictional multi-outlet news fixtures in this folder.

Every event, outlet, person, place and number here is invented for the
factcheck test-suite.  Run from anywhere:

    python tests/data/events/make_events.py

The script writes, for each event folder, the article files (byte-exact:
encoding, BOM and line endings are chosen per file) and ``expected.json``.
"""
from __future__ import annotations

import csv
import html
import io
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent

# ---------------------------------------------------------------------------
# helpers
# ---------------------------------------------------------------------------


def write(path: Path, text: str, encoding: str, newline: str = "\n") -> None:
    """Write ``text`` (with \\n line breaks) using the given encoding/newline."""
    if newline != "\n":
        text = text.replace("\n", newline)
    path.write_bytes(text.encode(encoding))


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def html_page(*, site, title, author, published, section, url, body,
              caption, credit, related, lang="en", charset="utf-8",
              entity_dashes=False):
    """A realistic news page; ``body`` is the list of article paragraphs."""
    paras = []
    for i, p in enumerate(body):
        t = esc(p)
        if entity_dashes:
            t = t.replace("\u2014", "&mdash;").replace("\u2013", "&ndash;")
        paras.append(f"        <p>{t}</p>")
        if i == 2:
            paras.append('        <div class="ad-slot" aria-hidden="true">'
                         '<span class="ad-label">Advertisement</span>'
                         '<div id="div-gpt-ad-inarticle-1"></div></div>')
    related_items = "\n".join(
        f'            <li><a href="{href}">{esc(text)}</a></li>'
        for text, href in related)
    paras_html = "\n".join(paras)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
  <meta charset="{charset}">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(title)} | {esc(site)}</title>
  <meta name="description" content="{esc(title)}">
  <meta name="author" content="{esc(author)}">
  <meta property="og:site_name" content="{esc(site)}">
  <meta property="og:title" content="{esc(title)}">
  <meta property="og:type" content="article">
  <meta property="og:url" content="{url}">
  <meta property="article:published_time" content="{published}">
  <meta property="article:section" content="{esc(section)}">
  <link rel="canonical" href="{url}">
  <link rel="stylesheet" href="/static/css/main.css">
  <script async src="https://ads.example.net/tag.js"></script>
</head>
<body class="article-page">
  <div id="cookie-banner" class="cookie-banner" role="dialog">
    <p>We use cookies to improve your experience and to show you relevant advertising. By continuing to browse you agree to our use of cookies.</p>
    <button class="btn-accept">Accept all</button> <button class="btn-settings">Cookie settings</button>
  </div>
  <header class="site-header">
    <a class="logo" href="/">{esc(site)}</a>
    <nav class="main-nav" aria-label="Main">
      <ul>
        <li><a href="/">Home</a></li>
        <li><a href="/news">News</a></li>
        <li><a href="/local">Local</a></li>
        <li><a href="/business">Business &amp; Economy</a></li>
        <li><a href="/sport">Sport</a></li>
        <li><a href="/opinion">Opinion</a></li>
        <li><a href="/weather">Weather</a></li>
      </ul>
    </nav>
    <a class="btn-subscribe" href="/subscribe">Subscribe</a>
  </header>
  <main>
    <article class="story">
      <header class="story-header">
        <span class="kicker">{esc(section)}</span>
        <h1>{esc(title)}</h1>
        <div class="byline">By <a href="/authors/{author.lower().replace(' ', '-')}">{esc(author)}</a></div>
        <time datetime="{published}">{published[:10]}</time>
      </header>
      <div class="share-bar">
        <span>Share this article</span>
        <a class="share-facebook" href="#">Facebook</a>
        <a class="share-x" href="#">X</a>
        <a class="share-email" href="#">Email</a>
      </div>
      <figure class="lead-image">
        <img src="/media/lead.jpg" alt="">
        <figcaption>{esc(caption)} <span class="credit">{esc(credit)}</span></figcaption>
      </figure>
      <div class="story-body">
{paras_html}
      </div>
      <aside class="related">
        <h2>Related</h2>
        <ul>
{related_items}
        </ul>
      </aside>
      <div class="share-bar share-bar--bottom">
        <span>Share this article</span>
        <a class="share-facebook" href="#">Facebook</a>
        <a class="share-x" href="#">X</a>
      </div>
    </article>
  </main>
  <footer class="site-footer">
    <p><a href="/newsletters">Subscribe to our newsletter</a> | <a href="/subscribe">Subscribe</a> | <a href="/privacy">Privacy policy</a> | <a href="/terms">Terms of use</a></p>
    <p>&copy; 2024 {esc(site)}. All rights reserved.</p>
  </footer>
  <script>
    window.dataLayer = window.dataLayer || [];
    window.dataLayer.push({{"event": "article_view", "section": "{section.lower()}"}});
    document.querySelector(".btn-accept").addEventListener("click", function () {{
      document.getElementById("cookie-banner").remove();
    }});
  </script>
</body>
</html>
"""


# ---------------------------------------------------------------------------
# Event 1: Port Ellery city council budget vote (Tuesday, March 12, 2024)
# ---------------------------------------------------------------------------

E1 = "port_ellery_budget"

E1_A_TITLE = "Port Ellery council approves budget after months of debate"
E1_A_BODY = [
    "PORT ELLERY, March 12 (Capital Wire) -- The Port Ellery City Council approved its budget for the coming fiscal year, ending months of debate over taxes and city services.",
    "Council members cast their votes late on Tuesday after a public hearing that lasted more than four hours.",
    "The plan was approved with seven votes in favor and two against.",
    "\"This budget keeps our promises to working families without asking them to pay more,\" Mayor Dana Whitcombe said after the vote.",
    "Supporters said the plan would protect core services while the city awaits a decision on state goverment grants.",
    "The budget also includes $12 million to renovate the Eastside community center, which closed last year after part of its roof collapsed.",
    "The plan pays for 1200 summer jobs for young people, double the number funded this year.",
    "Port Ellery's fiscal year begins on July 1, and department heads must report on their spending every quarter.",
    "The mayor is expected to sign the budget within 10 days, according to her chief of staff.",
]
E1_LEDE_SENTENCE = E1_A_BODY[0].split(" -- ", 1)[1]


def e1_capital_wire() -> str:
    b = E1_A_BODY
    parts = [
        "Advertisement",
        "",
        E1_A_TITLE,
        "",
        # seed-style caption that repeats the lede sentence word for word
        f"{E1_LEDE_SENTENCE} File Photo by Mara Lind/Capital Wire",
        f"{E1_LEDE_SENTENCE} File Photo by Mara Lind/Capital Wire | License Photo",
        "",
        b[0], "", b[1], "", b[2], "",
        "Advertisement", "",
        b[3], "", b[4], "", b[5], "", b[6], "",
        "Advertisement", "",
        b[7], "", b[8], "",
        "(Reporting by Mara Lind; Editing by Tom Achebe)",
        "",
        "Latest Headlines",
        "",
    ]
    return "\n".join(parts)


E1_B_TITLE = "Council passes city budget as residents press for bus funding"
E1_B_BODY = [
    "PORT ELLERY, March 12 (Ellery Ledger) \u2014 After weeks of closed-door negotiations, the City Council signed off on a new budget that Mayor Dana Whitcombe says will carry the city through a lean year.",
    "The spending plan totals **$412.6 million**, up 4.1% from the current year.",
    "\u201cThis budget keeps our commitments to working families without asking them to pay more,\u201d Mayor Dana Whitcombe said after the vote.",
    "Supporters said the budget would protect core services while the city awaits a decision on state government grants.",
    "The city expects about $20 million in federal grants from the U.S. Department of Transportation to replace the Mill Road bridge.",
    "Finance director Ruth Halvorsen told members that the city\u2019s reserve fund would stay above 10 percent of spending.",
    "\u201cWe are borrowing against the future,\u201d said council member Omar Bellamy, who voted against the plan.",
    "About 40 residents rallied outside City Hall before the meeting, calling for more money for bus routes.",
    "The council will hold a separate hearing in May on proposed increases to water and sewer fees.",
    "The [full budget document](https://ellery-ledger.example/docs/city-budget-2024-25.pdf) runs to more than 600 pages.",
]


def e1_ellery_ledger() -> str:
    b = E1_B_BODY
    parts = [
        f"# {E1_B_TITLE}",
        "",
        "By Priya Castellanos",
        "",
        "*March 12, 2024 \u00b7 City Hall*",
        "",
        "Share this article",
        "",
        "![Port Ellery City Hall](https://ellery-ledger.example/img/city-hall.jpg)",
        "*FILE PHOTO: Port Ellery City Hall on Harbor Street. Photo by Ken Ruiz | License Photo*",
        "",
        b[0], "", b[1], "", b[2], "", b[3], "",
        "Advertisement", "",
        b[4], "", b[5], "", b[6], "", b[7], "", b[8], "", b[9], "",
        "Related: [Harbor festival returns this summer](https://ellery-ledger.example/news/harbor-festival)",
        "",
        "---",
        "",
        "**Subscribe to our newsletter** for daily Port Ellery news in your inbox.",
        "",
        "\u00a9 2024 Ellery Ledger. All rights reserved.",
        "",
    ]
    return "\n".join(parts)


E1_C_TITLE = "Port Ellery councillors back budget after late-night session"
E1_C_BODY = [
    "PORT ELLERY, March 12 (Northern Courier) \u2013 Port Ellery\u2019s councillors have backed the city\u2019s budget for the year ahead after a bruising debate.",
    "Council members cast their votes late on Wednesday, following a public hearing that lasted more than four hours.",
    "The plan sets aside $38 million for road resurfacing and pothole repairs on residential streets.",
    "The council passed an amendment restoring funding for evening opening hours at the central library.",
    "The budget also includes $12 million to renovate the Eastside community centre, which closed last year after part of its roof collapsed.",
    "The plan pays for 1,200 summer jobs for young people, double the number funded this year.",
    "The city is counting on about $20 million in federal grants from the United States Department of Transportation to replace the Mill Road bridge.",
    "Council member Omar Bellamy, who voted against the plan, said: \"We are borrowing against the future.\"",
    "Rising pension and insurance costs had opened a gap that officials spent much of the winter trying to close.",
    "Several speakers at the hearing urged the council to hire more school crossing guards.",
    "The council's next regular meeting is scheduled for April 2.",
]


def e1_northern_courier() -> str:
    return html_page(
        site="Northern Courier",
        title=E1_C_TITLE,
        author="Sam Okoro",
        published="2024-03-12T23:40:00+00:00",
        section="Local",
        url="https://northern-courier.example/local/port-ellery-budget-vote",
        body=E1_C_BODY,
        caption="Councillors debate the budget in the Port Ellery council chamber.",
        credit="Photo: Ines Moreau/Northern Courier",
        related=[
            ("Related: New cycle lanes open on the seafront", "/local/cycle-lanes"),
            ("Related: Schools brace for winter heating bills", "/local/school-heating"),
        ],
    )


E1_D_TITLE = "Port Ellery adopts new budget"
E1_D_BODY = [
    "PORT ELLERY (Metro Daily) - City leaders in Port Ellery have adopted a new municipal budget after a long and at times heated session.",
    "In total the spending plan is worth 412.6 million dollars, up 4.1 percent from the current year.",
    "The plan was approved with 7 votes in favor and 2 against.",
    "Under the plan, $36 million is set aside for road resurfacing and pothole repairs on residential streets.",
    "Finance director Ruth Halvorson told members that the city's reserve fund would stay above 10 percent of spending.",
    "The council had not passed an amendment restoring funding for evening opening hours at the central library, officials said.",
    "Officials spent much of the winter trying to close a gap opened up by rising pension and insurance costs.",
    "Police and fire services remain the largest items in the budget, together accounting for more than a third of all spending.",
    "Union leaders representing the city's sanitation workers said they were still studying the proposal.",
]


def e1_metro_daily() -> str:
    b = E1_D_BODY
    text = "\n\n".join(b[:4] + ["Advertisement"] + b[4:])
    obj = {
        "title": E1_D_TITLE,
        "text": text,
        "source": "Metro Daily",
        "url": "https://metrodaily.example/news/2024/03/13/port-ellery-adopts-new-budget",
        "published": "2024-03-13T06:15:00Z",
    }
    return json.dumps(obj, ensure_ascii=False, indent=2) + "\n"


E1_ARTICLES = [
    # file, outlet, title, format, encoding, newline, renderer, body
    ("capital_wire.txt", "Capital Wire", E1_A_TITLE, "txt", "utf-8", "\n", e1_capital_wire, E1_A_BODY),
    ("ellery_ledger.md", "Ellery Ledger", E1_B_TITLE, "md", "utf-8-sig", "\n", e1_ellery_ledger, E1_B_BODY),
    ("northern_courier.html", "Northern Courier", E1_C_TITLE, "html", "utf-8", "\r\n", e1_northern_courier, E1_C_BODY),
    ("metro_daily.json", "Metro Daily", E1_D_TITLE, "json", "utf-8", "\n", e1_metro_daily, E1_D_BODY),
]

A, B, C, D = "Capital Wire", "Ellery Ledger", "Northern Courier", "Metro Daily"
E1_CLAIMS = [
    # spelling: goverment / government (A vs B)
    (A, "a decision on state goverment grants", "conflicting", "spelling", ["goverment", "government"]),
    (B, "a decision on state government grants", "conflicting", "spelling", ["government", "goverment"]),
    # number: 38 / 36 million for roads (C vs D)
    (C, "sets aside $38 million for road resurfacing", "conflicting", "number", ["38", "36"]),
    (D, "$36 million is set aside for road", "conflicting", "number", ["36", "38"]),
    # weekday: Tuesday / Wednesday (A vs C)
    (A, "cast their votes late on Tuesday", "conflicting", "weekday", ["Tuesday", "Wednesday"]),
    (C, "cast their votes late on Wednesday", "conflicting", "weekday", ["Wednesday", "Tuesday"]),
    # name: Halvorsen / Halvorson (B vs D)
    (B, "Finance director Ruth Halvorsen told members", "conflicting", "name", ["Halvorsen", "Halvorson"]),
    (D, "Finance director Ruth Halvorson told members", "conflicting", "name", ["Halvorson", "Halvorsen"]),
    # negation: passed / had not passed (C vs D)
    (C, "The council passed an amendment restoring funding", "conflicting", "negation", ["passed", "had not passed"]),
    (D, "The council had not passed an amendment", "conflicting", "negation", ["had not passed", "passed"]),
    # quote wording: promises / commitments (A vs B)
    (A, "This budget keeps our promises to working families", "conflicting", "quote", ["promises", "commitments"]),
    (B, "This budget keeps our commitments to working families", "conflicting", "quote", ["commitments", "promises"]),
    # benign pairs
    (A, "to renovate the Eastside community center", "agreed", "us-uk spelling"),
    (C, "to renovate the Eastside community centre", "agreed", "us-uk spelling"),
    (B, "up 4.1% from the current year", "agreed", "number format"),
    (D, "worth 412.6 million dollars, up 4.1 percent", "agreed", "number format"),
    (A, "approved with seven votes in favor", "agreed", "number format"),
    (D, "approved with 7 votes in favor", "agreed", "number format"),
    (A, "pays for 1200 summer jobs for young people", "agreed", "number format"),
    (C, "pays for 1,200 summer jobs for young people", "agreed", "number format"),
    (B, "grants from the U.S. Department of Transportation", "agreed", "alias"),
    (C, "grants from the United States Department of Transportation", "agreed", "alias"),
    (B, "said council member Omar Bellamy, who voted against", "agreed", "quote marks"),
    (C, "Omar Bellamy, who voted against the plan, said", "agreed", "quote marks"),
    (C, "Rising pension and insurance costs had opened a gap", "agreed", "paraphrase"),
    (D, "a gap opened up by rising pension", "agreed", "paraphrase"),
    # single-sourced
    (A, "fiscal year begins on July 1", "single-sourced"),
    (A, "expected to sign the budget within 10 days", "single-sourced"),
    (B, "residents rallied outside City Hall before the meeting", "single-sourced"),
    (B, "separate hearing in May on proposed increases", "single-sourced"),
    (B, "runs to more than 600 pages", "single-sourced"),
    (C, "urged the council to hire more school crossing guards", "single-sourced"),
    (C, "next regular meeting is scheduled for April 2", "single-sourced"),
    (D, "Police and fire services remain the largest items", "single-sourced"),
    (D, "representing the city's sanitation workers said", "single-sourced"),
]

E1_NOT_IN_CLAIMS = [
    "Advertisement", "Latest Headlines", "Share this article", "Subscribe",
    "Reporting by", "Editing by", "License Photo", "File Photo", "FILE PHOTO",
    "Photo by", "Mara Lind", "Ken Ruiz", "Ines Moreau", "Priya Castellanos", "Sam Okoro",
    "\u00a9 2024", "All rights reserved", "Related:", "cookies", "Harbor festival",
    "cycle lanes", "![", "https://",
]

# ---------------------------------------------------------------------------
# Event 2: ferry Marisol runs aground off Punta Negra (Saturday, Feb. 3, 2024)
# ---------------------------------------------------------------------------

E2 = "marisol_ferry_aground"

E2_A_TITLE = "Ferry strikes reef off Punta Negra, two missing"
E2_A_BODY = [
    "SAN TELMO, Feb. 4 (Atlantic Wire) \u2013 Rescuers searched through the night for two people missing after a passenger ferry ran aground on a reef off Punta Negra on Saturday evening, officials said.",
    "The ferry had left San Telmo harbor about 40 minutes earlier on a routine crossing to Isla Corva.",
    "Rescue boats carried the last of the passengers to shore shortly before midnight, the coast guard said.",
    "\u201cWe are doing everything possible to find them,\u201d Gen. Ramiro Ocampo, head of civil protection, told reporters.",
    "\u201cOur only concern right now is the families of those still missing,\u201d said Linea Azul chief executive Paulo Serrat.",
    "The ferry\u2019s captain, Jos\u00e9 Ibarra, was questioned by investigators on Sunday, prosecutors said.",
    "The Marisol passed its most recent safety inspection on Jan. 20, according to port records.",
    "Dr. Ana Belmonte \u2014 who runs the clinic in San Telmo \u2014 said most of the survivors she treated had mild hypothermia.",
    "\u201cThe lights went out \u2026 and then everyone was screaming,\u201d said Luis Andrade, 34, a passenger from the mainland.",
    "Mr. Andrade, who was returning from a job in the U.S., said he spent almost two hours in a life raft before rescuers reached him.",
    "In a statement issued at 10 a.m. on Sunday, Linea Azul said it had suspended all sailings until further notice.",
    "\u201cWe owe people the truth. We will find it,\u201d Transport Minister Clara Vidal said on Sunday.",
]


def e2_atlantic_wire() -> str:
    b = E2_A_BODY
    parts = [
        "Quantcast",
        f"{E2_A_TITLE} \u2013 Atlantic Wire",
        "",
        E2_A_TITLE,
        "",
        "FILE PHOTO: The ferry Marisol moored in San Telmo",
        "FILE PHOTO: The ferry Marisol moored in San Telmo harbor. Photo by Rui Almeida/Atlantic Wire | License Photo",
        "",
        b[0], "", b[1], "", b[2], "", b[3], "", b[4], "",
        "Advertisement", "",
        b[5], "", b[6], "", b[7], "", b[8], "", b[9], "", b[10], "", b[11], "",
        "(Reporting by Rui Almeida and In\u00eas Caldeira; Editing by Helen Marr)",
        "",
        "Share this article",
        "",
        "\u00a9 2024 Atlantic Wire. All rights reserved.",
        "",
    ]
    return "\n".join(parts)


E2_B_TITLE = "Search continues for two missing after ferry hits reef"
E2_B_BODY = [
    "SAN TELMO (Coastal Times) \u2014 A ferry packed with weekend travelers struck a reef off Punta Negra on Saturday evening, leaving two people missing and many others injured.",
    "The ferry was carrying 212 passengers and 18 crew members when it struck the reef, according to Linea Azul.",
    "Port authorities said the captain had radioed for help before the ferry lost power.",
    "The Marisol passed its most recent safety inspection on Jan. 24, according to port records.",
    "A U.S. Navy vessel taking part in an exercise nearby joined the search, the coast guard said.",
    "\"We are doing everything possible to find them,\" said Gen. Ramiro Ocampo, the head of civil protection.",
    "Prosecutors said the ferry's captain, Jos\u00e9 Ibarra, was questioned by investigators on Sunday.",
    "Investigators will examine the ship's navigation equipment and its voyage data recorder.",
    "Strong winds had been forecast for the area, but no storm warning was in force at the time.",
    "Linea Azul operates six ferries between the mainland and the Corva islands.",
    "Relatives gathered at the ferry terminal overnight, huddled under blankets as they waited for news.",
]


def e2_coastal_times() -> str:
    return html_page(
        site="Coastal Times",
        title=E2_B_TITLE,
        author="Marco Teixeira",
        published="2024-02-04T14:05:00-01:00",
        section="News",
        url="https://coastaltimes.example/news/2024/02/04/marisol-ferry-reef-search",
        body=E2_B_BODY,
        caption="Rescue boats return to San Telmo after searching the waters off Punta Negra.",
        credit="(Photo: Dora Vieira/Coastal Times)",
        related=[
            ("Related: Island ferry fares to rise in spring", "/news/ferry-fares"),
            ("Related: Fishing quotas cut for second year", "/business/fishing-quotas"),
        ],
        entity_dashes=True,
    )


E2_C_TITLE = "Ferry Marisol runs aground off Punta Negra"
E2_C_BODY = [
    "SAN TELMO, 4 February (Meridian Post) \u2013 Two people were missing and 14 were injured after the ferry Marisol ran aground off Punta Negra on Saturday evening, the coast guard said.",
    "The coast guard said rescue boats had carried the last of the passangers to shore shortly before midnight.",
    "Coast guard spokeswoman Lucia Ferrante said divers had searched the hull throughout the night.",
    "Port authorities said the captain had not radioed for help before the ferry lost power.",
    "The vessel had left San Telmo harbour about 40 minutes earlier on a routine crossing to Isla Corva.",
    "Rescuers said three of the injured were in serious condition at the regional hospital in Puerto Calma.",
    "The ship\u2019s voyage data recorder and navigation equipment will be examined by investigators.",
    "Insurers said it was too early to estimate the cost of the damage to the vessel.",
    "The regional government has set up a telephone hotline for anyone seeking information about people on board.",
]


def e2_meridian_post() -> str:
    b = E2_C_BODY
    text = "\n\n".join(b[:5] + ["Share this article"] + b[5:])
    obj = {
        "title": E2_C_TITLE,
        "text": text,
        "source": "Meridian Post",
        "url": "https://meridianpost.example/world/ferry-marisol-aground-punta-negra",
        "published": "2024-02-04T09:30:00Z",
    }
    return json.dumps(obj, ensure_ascii=False) + "\n"


E2_D_TITLE = "Ferry runs aground off Punta Negra; two missing"
E2_D_BODY = [
    "SAN TELMO (Island Gazette) \u2014 Rescue crews kept up the search on Sunday for two people who went missing when the ferry **Marisol** ran aground off Punta Negra on Saturday evening.",
    "The ferry was carrying 221 passengers and 18 crew members when it hit the reef, Linea Azul said.",
    "Coast guard spokeswoman Lucia Ferranti said divers had searched the hull throughout the night.",
    "Linea Azul chief executive Paulo Serrat said: \u201cOur only priority right now is the families of those still missing.\u201d",
    "A United States Navy vessel taking part in an exercise nearby joined the search, according to the coast guard.",
    "Rescuers said 3 of the injured were in serious condition at the regional hospital in Puerto Calma.",
    "The Marisol was built in 1998 and was bought by Linea Azul from a Greek operator in 2015.",
    "The mayor of San Telmo said [local fishermen](https://islandgazette.example/2024/02/fishermen-rescue) were among the first to arrive on the scene.",
    "A vigil is planned for Monday evening in the town square.",
]


def e2_island_gazette() -> str:
    b = E2_D_BODY
    parts = [
        f"# {E2_D_TITLE}",
        "",
        "By Nadia Ferreira",
        "",
        "_Updated Feb. 4, 2024_",
        "",
        "![The Marisol on the reef](https://islandgazette.example/img/marisol-reef.jpg)",
        "*The Marisol lies on the reef off Punta Negra on Sunday morning. Photo by Tiago Brandt | License Photo*",
        "",
        b[0], "", b[1], "", b[2], "",
        "**Advertisement**", "",
        b[3], "", b[4], "", b[5], "", b[6], "", b[7], "", b[8], "",
        "Related: [Island ferry timetable for the spring season](https://islandgazette.example/ferry-timetable)",
        "",
        "Share this article: [Facebook](https://islandgazette.example/share/fb) \u00b7 [Email](mailto:?subject=Ferry)",
        "",
        "*Subscribe to our newsletter to get island news every morning.*",
        "",
        "\u00a9 2024 Island Gazette",
        "",
    ]
    return "\n".join(parts)


E2_ARTICLES = [
    ("atlantic_wire.txt", "Atlantic Wire", E2_A_TITLE, "txt", "cp1252", "\r\n", e2_atlantic_wire, E2_A_BODY),
    ("coastal_times.html", "Coastal Times", E2_B_TITLE, "html", "utf-8-sig", "\n", e2_coastal_times, E2_B_BODY),
    ("meridian_post.jsonl", "Meridian Post", E2_C_TITLE, "jsonl", "utf-8", "\n", e2_meridian_post, E2_C_BODY),
    ("island_gazette.md", "Island Gazette", E2_D_TITLE, "md", "utf-8", "\n", e2_island_gazette, E2_D_BODY),
]

A, B, C, D = "Atlantic Wire", "Coastal Times", "Meridian Post", "Island Gazette"
E2_CLAIMS = [
    # spelling: passangers / passengers (C vs A)
    (A, "carried the last of the passengers to shore", "conflicting", "spelling", ["passengers", "passangers"]),
    (C, "carried the last of the passangers to shore", "conflicting", "spelling", ["passangers", "passengers"]),
    # number: 212 / 221 passengers (B vs D)
    (B, "carrying 212 passengers and 18 crew members", "conflicting", "number", ["212", "221"]),
    (D, "carrying 221 passengers and 18 crew members", "conflicting", "number", ["221", "212"]),
    # date: Jan. 20 / Jan. 24 (A vs B)
    (A, "most recent safety inspection on Jan. 20", "conflicting", "date", ["20", "24"]),
    (B, "most recent safety inspection on Jan. 24", "conflicting", "date", ["24", "20"]),
    # name: Ferrante / Ferranti (C vs D)
    (C, "Coast guard spokeswoman Lucia Ferrante said divers", "conflicting", "name", ["Ferrante", "Ferranti"]),
    (D, "Coast guard spokeswoman Lucia Ferranti said divers", "conflicting", "name", ["Ferranti", "Ferrante"]),
    # negation: had radioed / had not radioed (B vs C)
    (B, "the captain had radioed for help", "conflicting", "negation", ["had radioed", "had not radioed"]),
    (C, "the captain had not radioed for help", "conflicting", "negation", ["had not radioed", "had radioed"]),
    # quote wording: concern / priority (A vs D)
    (A, "Our only concern right now is the families", "conflicting", "quote", ["concern", "priority"]),
    (D, "Our only priority right now is the families", "conflicting", "quote", ["priority", "concern"]),
    # benign pairs
    (A, "had left San Telmo harbor about 40 minutes", "agreed", "us-uk spelling"),
    (C, "had left San Telmo harbour about 40 minutes", "agreed", "us-uk spelling"),
    (B, "A U.S. Navy vessel taking part in an exercise", "agreed", "alias"),
    (D, "A United States Navy vessel taking part", "agreed", "alias"),
    (C, "three of the injured were in serious condition", "agreed", "number format"),
    (D, "3 of the injured were in serious condition", "agreed", "number format"),
    (A, "Gen. Ramiro Ocampo, head of civil protection, told reporters", "agreed", "quote marks"),
    (B, "said Gen. Ramiro Ocampo, the head of civil protection", "agreed", "quote marks"),
    (A, "captain, Jos\u00e9 Ibarra, was questioned by investigators", "agreed", "encoding"),
    (B, "captain, Jos\u00e9 Ibarra, was questioned by investigators", "agreed", "encoding"),
    (B, "examine the ship's navigation equipment", "agreed", "paraphrase"),
    (C, "navigation equipment will be examined by investigators", "agreed", "paraphrase"),
    # single-sourced (A carries the tricky sentence-splitting text)
    (A, "who runs the clinic in San Telmo", "single-sourced"),
    (A, "said Luis Andrade, 34, a passenger from the mainland", "single-sourced"),
    (A, "spent almost two hours in a life raft", "single-sourced"),
    (A, "Linea Azul said it had suspended all sailings", "single-sourced"),
    (A, "Transport Minister Clara Vidal said on Sunday", "single-sourced"),
    (B, "no storm warning was in force at the time", "single-sourced"),
    (B, "operates six ferries between the mainland", "single-sourced"),
    (B, "Relatives gathered at the ferry terminal overnight", "single-sourced"),
    (C, "too early to estimate the cost of the damage", "single-sourced"),
    (C, "set up a telephone hotline for anyone seeking information", "single-sourced"),
    (D, "was built in 1998 and was bought", "single-sourced"),
    (D, "were among the first to arrive on the scene", "single-sourced"),
    (D, "A vigil is planned for Monday evening", "single-sourced"),
]

E2_NOT_IN_CLAIMS = [
    "Quantcast", "Advertisement", "Share this article", "Subscribe", "Reporting by",
    "Editing by", "License Photo", "FILE PHOTO", "Photo by", "Photo:", "Rui Almeida",
    "Dora Vieira", "Tiago Brandt", "Nadia Ferreira", "Marco Teixeira",
    "\u00a9 2024", "All rights reserved", "Related:", "cookies", "ferry fares",
    "Fishing quotas", "timetable", "![", "https://",
]

# ---------------------------------------------------------------------------
# Event 3: Bank of Corvania rate cut (Thursday, June 6, 2024)
# ---------------------------------------------------------------------------

E3 = "corvania_rate_cut"

E3_A_TITLE = "Bank of Corvania trims rates as inflation cools"
E3_A_BODY = [
    "LINDHAVEN, June 6 (Market Wire) \u2014 The Bank of Corvania cut its main interest rate by a quarter of a percentage point to 4.25% on Thursday, saying price pressures were easing.",
    "It was the bank's first rate cut since 2020, when it eased policy to support a slowing economy.",
    "Five of the seven members of the monetary policy committee voted for the cut, the bank said.",
    "\"Inflation is moving back towards our target, but the job is not finished,\" Governor Helena Marsh told reporters.",
    "The finance ministry said it had been consulted before the decision was announced.",
    "The bank now expects the economy to grow 1.4% this year, down from its earlier forecast of 1.9%.",
    "Exports to Britain, Corvania's largest trading partner, fell in the first quarter as demand weakened.",
    "Analysts said weak consumer spending and falling import prices had given the bank room to act.",
    "Zo\u00eb Lindqvist, an analyst at Nordbank Markets, said borrowers with variable-rate mortgages would feel the benefit \u201cwithin weeks\u201d \u2013 though savers would lose out.",
    "The Corvanian crown slipped against the euro in the minutes after the announcement.",
]


def e3_market_wire() -> str:
    b = E3_A_BODY
    text = "\n\n".join(b + ["(Reporting by Erik Sandvik; Editing by Mo\u00efra Blake)"])
    buf = io.StringIO(newline="")
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(["title", "text", "source", "url", "published"])
    w.writerow([E3_A_TITLE, text, "Market Wire",
                "https://marketwire.example/markets/corvania-rate-cut-2024-06-06",
                "2024-06-06T12:04:00Z"])
    return buf.getvalue()


E3_B_TITLE = "Corvania central bank lowers rates to 4.25 percent"
E3_B_BODY = [
    "LINDHAVEN (Lindhaven Herald) \u2014 Corvania's central bank lowered borrowing costs on Thursday, trimming its benchmark rate to 4.25 percent from 4.5 percent.",
    "It was the bank's first rate cut since 2019, when it eased policy to support a slowing economy.",
    "Annual inflation slowed to 2.8 percent in May from 3.1 percent in April, the statistics office said last week.",
    "The finance ministry said it had not been consulted before the decision was announced.",
    "The bank said the labor market remained tight, with unemployment at 4.6 percent.",
    "\"We will be guided by the data, meeting by meeting,\" Marsh said.",
    "Exports to the UK, Corvania's biggest trading partner, declined in the first quarter as demand weakened.",
    "Falling import prices and weak consumer spending gave the bank room to act, analysts said.",
    "Tomas Berglund, chief economist at Lindhaven Savings Bank, said the bank was likely to wait until September before moving again.",
    "Bank shares on the Lindhaven exchange fell about 1 percent in afternoon trading.",
    "Marsh's current term as governor runs until 2026.",
]


def e3_lindhaven_herald() -> str:
    return html_page(
        site="Lindhaven Herald",
        title=E3_B_TITLE,
        author="Greta Holm",
        published="2024-06-06T15:20:00+02:00",
        section="Business",
        url="https://lindhavenherald.example/business/2024/06/06/central-bank-lowers-rates",
        body=E3_B_BODY,
        caption="Governor Helena Marsh arrives for a news conference at the central bank in Lindhaven.",
        credit="Photo by Anders Kvist | License Photo",
        related=[
            ("Related: Lindhaven house prices edge higher", "/business/house-prices"),
            ("Related: Port workers vote on new pay deal", "/business/port-pay"),
        ],
    )


E3_C_TITLE = "Corvania cuts interest rates for first time in years"
E3_C_BODY = [
    "LINDHAVEN, 6 June (Finance Chronicle) \u2013 Corvania\u2019s central bank has reduced its key interest rate by 25 basis points to 4.25%, betting that the worst of the inflation shock is over.",
    "Four of the seven members of the monetary policy committee backed the cut, the bank said.",
    "\u201cInflation is moving back towards our target, but the work is not finished,\u201d Governor Helena Marsh told reporters.",
    "Annual inflaton slowed to 2.8 percent in May from 3.1 percent in April, according to statistics office data published last week.",
    "The bank now expects the economy to grow 1.4 percent this year, down from its earlier forecast of 1.9 percent.",
    "The bank said the labour market remained tight, with unemployment at 4.6 percent.",
    "Marsh said: \u201cWe will be guided by the data, meeting by meeting.\u201d",
    "Tomas Berglind, chief economist at Lindhaven Savings Bank, said the bank was likely to wait until September before moving again.",
    "Opposition lawmakers had called for a larger cut to help struggling households.",
    "The bank will publish the minutes of the meeting in two weeks.",
    "The cut follows similar moves by several central banks in Europe this spring.",
]


def e3_finance_chronicle() -> str:
    b = E3_C_BODY
    text = "\n\n".join(b + ["Subscribe to our newsletter for the day's top markets stories."])
    objs = [{
        "title": E3_C_TITLE,
        "text": text,
        "source": "Finance Chronicle",
        "url": "https://financechronicle.example/economy/corvania-rate-cut",
        "published": "2024-06-06T13:45:00+00:00",
    }]
    return json.dumps(objs, ensure_ascii=False, indent=2) + "\n"


E3_ARTICLES = [
    ("market_wire.csv", "Market Wire", E3_A_TITLE, "csv", "cp1252", "\r\n", e3_market_wire, E3_A_BODY),
    ("lindhaven_herald.html", "Lindhaven Herald", E3_B_TITLE, "html", "utf-8", "\n", e3_lindhaven_herald, E3_B_BODY),
    ("finance_chronicle.json", "Finance Chronicle", E3_C_TITLE, "json", "utf-8-sig", "\n", e3_finance_chronicle, E3_C_BODY),
]

A, B, C = "Market Wire", "Lindhaven Herald", "Finance Chronicle"
E3_CLAIMS = [
    # spelling: inflaton / inflation (C vs B)
    (B, "Annual inflation slowed to 2.8 percent in May", "conflicting", "spelling", ["inflation", "inflaton"]),
    (C, "Annual inflaton slowed to 2.8 percent in May", "conflicting", "spelling", ["inflaton", "inflation"]),
    # number: Five / Four committee members (A vs C)
    (A, "Five of the seven members of the monetary", "conflicting", "number", ["Five", "Four"]),
    (C, "Four of the seven members of the monetary", "conflicting", "number", ["Four", "Five"]),
    # year: 2020 / 2019 (A vs B)
    (A, "first rate cut since 2020, when it eased", "conflicting", "year", ["2020", "2019"]),
    (B, "first rate cut since 2019, when it eased", "conflicting", "year", ["2019", "2020"]),
    # name: Berglund / Berglind (B vs C)
    (B, "Tomas Berglund, chief economist at Lindhaven Savings", "conflicting", "name", ["Berglund", "Berglind"]),
    (C, "Tomas Berglind, chief economist at Lindhaven Savings", "conflicting", "name", ["Berglind", "Berglund"]),
    # negation: had been consulted / had not been consulted (A vs B)
    (A, "said it had been consulted before the decision", "conflicting", "negation", ["had been consulted", "had not been consulted"]),
    (B, "said it had not been consulted before the decision", "conflicting", "negation", ["had not been consulted", "had been consulted"]),
    # quote wording: job / work (A vs C)
    (A, "but the job is not finished", "conflicting", "quote", ["job", "work"]),
    (C, "but the work is not finished", "conflicting", "quote", ["work", "job"]),
    # benign pairs
    (B, "the labor market remained tight", "agreed", "us-uk spelling"),
    (C, "the labour market remained tight", "agreed", "us-uk spelling"),
    (A, "grow 1.4% this year, down from its earlier forecast", "agreed", "number format"),
    (C, "grow 1.4 percent this year, down from its earlier forecast", "agreed", "number format"),
    (A, "Exports to Britain, Corvania's largest trading partner", "agreed", "alias"),
    (B, "Exports to the UK, Corvania's biggest trading partner", "agreed", "alias"),
    (B, "We will be guided by the data", "agreed", "quote marks"),
    (C, "We will be guided by the data", "agreed", "quote marks"),
    (A, "weak consumer spending and falling import prices", "agreed", "paraphrase"),
    (B, "Falling import prices and weak consumer spending", "agreed", "paraphrase"),
    # single-sourced
    (A, "an analyst at Nordbank Markets, said borrowers", "single-sourced"),
    (A, "crown slipped against the euro in the minutes", "single-sourced"),
    (B, "Bank shares on the Lindhaven exchange fell", "single-sourced"),
    (B, "current term as governor runs until 2026", "single-sourced"),
    (C, "Opposition lawmakers had called for a larger cut", "single-sourced"),
    (C, "publish the minutes of the meeting in two weeks", "single-sourced"),
    (C, "similar moves by several central banks in Europe", "single-sourced"),
]

E3_NOT_IN_CLAIMS = [
    "Advertisement", "Share this article", "Subscribe", "Reporting by", "Editing by",
    "License Photo", "Photo by", "Anders Kvist", "Greta Holm", "Erik Sandvik",
    "\u00a9 2024", "All rights reserved", "Related:", "cookies", "house prices",
    "pay deal", "https://",
]

EVENTS = [
    (E1, "Port Ellery city council approves its budget for the coming fiscal year (fictional)",
     E1_ARTICLES, E1_CLAIMS, E1_NOT_IN_CLAIMS),
    (E2, "Passenger ferry Marisol runs aground off Punta Negra; two missing (fictional)",
     E2_ARTICLES, E2_CLAIMS, E2_NOT_IN_CLAIMS),
    (E3, "Bank of Corvania cuts its benchmark rate to 4.25% (fictional)",
     E3_ARTICLES, E3_CLAIMS, E3_NOT_IN_CLAIMS),
]


def claim_dict(row) -> dict:
    source, contains, verdict = row[:3]
    d = {"source": source, "contains": contains, "verdict": verdict}
    if verdict == "conflicting":
        d["type"], d["differing"] = row[3], row[4]
    elif verdict == "agreed":
        d["benign"] = row[3]
    return d


def main() -> None:
    for slug, description, articles, claims, not_in in EVENTS:
        folder = HERE / slug
        folder.mkdir(parents=True, exist_ok=True)
        meta = {}
        for fname, outlet, title, fmt, enc, nl, render, _body in articles:
            write(folder / fname, render(), enc, "\n" if fmt == "csv" else nl)
            meta[fname] = {
                "source": outlet,
                "title": title,
                "encoding": enc,
                "format": fmt,
                "line_endings": "crlf" if nl == "\r\n" else "lf",
            }
        expected = {
            "event": description,
            "articles": meta,
            "claims": [claim_dict(r) for r in claims],
            "not_in_any_claim": not_in,
        }
        (folder / "expected.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
