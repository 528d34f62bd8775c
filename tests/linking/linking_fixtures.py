"""Fictional fixture articles for the linking tests (invented places, people and outlets).

Event 1 — a crane collapse at Port Valen harbour:
  WIRE     the wire original by the (invented) Meridian Press Agency, with dateline and ©.
  VERBATIM the same text on another site.
  EDITED   a syndicated copy: credit lines removed, the closing quote cut, "London Road"
           and "assistant" dropped, one sentence added.
  REWRITE  a paraphrase, sentence by sentence, no credit, Tomas Redl's quote reworded.
  CREDITED the rewrite with a wire dateline "(MPA) —" (derived from the wire).
  INDEPENDENT a separate report on the dock workers' walkout the next day.
Events 2 and 3 — two different earthquakes in the same week (Orvik vs. Santa Ilaria).
Events 4 and 5 — two warehouse fires a day apart in two towns (Brennick vs. Tarsley) under
one generic title, in a small corpus with three unrelated articles.
"""

from __future__ import annotations

from corroborate.ingest.credits import find_credits
from corroborate.store import Store
from corroborate.types import Article, Origin, content_id

WIRE_TEXT = """PORT VALEN, March 12 (MPA) — A container crane collapsed at the Port Valen harbour on Wednesday, injuring four dock workers and halting traffic at the busiest terminal on the Astra coast, port officials said.
The 80-metre crane, operated by Valen Container Services, buckled shortly after 6 a.m. while lifting a refrigerated container, according to harbour master Ilse Marnow.
"We heard a sound like thunder, and then the whole boom came down onto the quay," said Tomas Redl, an assistant crane operator who was on the ground at the time.
Two of the injured workers were taken to St. Brennan Hospital in London Road with broken bones, and two were treated at the scene.
The terminal handles about 1.2 million containers a year, and officials said ships would be diverted to the nearby port of Kessmouth until at least Friday.
An investigation by the Astra Maritime Safety Board has been opened, a spokeswoman for the board said.
Valen Container Services said in a statement that the crane had passed an inspection in January.
"Safety is our first priority, and we will cooperate fully with investigators," the company's chief executive, Mara Olenko, said.
© 2025 Meridian Press Agency. All rights reserved."""

EDITED_TEXT = """A container crane collapsed at the Port Valen harbour on Wednesday, injuring four dock workers and halting traffic at the busiest terminal on the Astra coast, port officials said.
The 80-metre crane, operated by Valen Container Services, buckled shortly after 6 a.m. while lifting a refrigerated container, according to harbour master Ilse Marnow.
"We heard a sound like thunder, and then the whole boom came down onto the quay," said Tomas Redl, a crane operator who was on the ground at the time.
Two of the injured workers were taken to St. Brennan Hospital with broken bones, and two were treated at the scene.
Residents of the old town said the crash could be heard across the bay.
The terminal handles about 1.2 million containers a year, and officials said ships would be diverted to the nearby port of Kessmouth until at least Friday.
An investigation by the Astra Maritime Safety Board has been opened, a spokeswoman for the board said.
Valen Container Services said in a statement that the crane had passed an inspection in January."""

REWRITE_TEXT = """A towering container crane came crashing down at Port Valen's harbour early on Wednesday, leaving four dock workers hurt and shutting the Astra coast's busiest terminal, according to port officials.
Harbour master Ilse Marnow said the 80-metre crane, run by Valen Container Services, gave way just after 6 a.m. as it was hoisting a refrigerated container.
"There was a noise like thunder, and the entire boom crashed onto the quay," said Tomas Redl, an assistant crane operator who was on the ground.
Two of the hurt workers were brought to St. Brennan Hospital with fractures, while the other two received treatment on site.
Around 1.2 million containers pass through the terminal every year, and ships will be sent to nearby Kessmouth until Friday at the earliest, officials said.
The Astra Maritime Safety Board has launched an investigation, according to a spokeswoman.
In a statement, Valen Container Services said the crane was inspected in January and passed."""

CREDITED_TEXT = "PORT VALEN (MPA) — " + REWRITE_TEXT

INDEPENDENT_TEXT = """Dock workers at Port Valen walked off the job for three hours on Thursday, a day after a crane accident at the harbour, demanding an independent review of how the terminal's equipment is maintained.
Union leader Pavel Ostrik told a crowd outside the terminal gates that members had complained about rusting cranes for more than a year without an answer.
"Nobody should go to work wondering whether the steel above them will hold," Ostrik said.
The walkout ended after the port authority agreed to meet union representatives on Monday.
Shipping agents said several vessels waiting offshore had already turned towards Kessmouth, and some exporters warned of delays for fresh produce."""

QUAKE_ORVIK = [
    (
        "Magnitude 6.1 earthquake strikes Orvik in Halden province",
        """A magnitude 6.1 earthquake struck near the mountain town of Orvik in Halden province on Tuesday evening, damaging dozens of stone houses and injuring at least 14 people, the Halden Seismological Institute said.
The quake hit at 9:42 p.m. at a depth of 10 kilometres, about 8 kilometres north of Orvik, and was felt as far away as the provincial capital, Teshbar.
Orvik mayor Danel Fiske said rescue teams were searching two collapsed barns and that the town's 12th-century bell tower had cracked.
Residents spent the night in the market square as aftershocks of up to magnitude 4.3 rattled the valley.""",
    ),
    (
        "Orvik quake injures 14, damages bell tower",
        """At least 14 people were hurt when a 6.1-magnitude earthquake shook Orvik late on Tuesday, officials in Halden province said.
Mayor Danel Fiske said the medieval bell tower in the centre of Orvik was badly cracked and several old stone houses were no longer safe.
The Halden Seismological Institute located the epicentre 8 kilometres north of the town at a shallow depth of 10 kilometres.
Families from Orvik slept outdoors in the market square while aftershocks continued into the morning, with the strongest measuring 4.3.""",
    ),
    (
        "Aftershocks keep Orvik residents outdoors",
        """Hundreds of residents of Orvik stayed in tents on Wednesday as aftershocks followed Tuesday's magnitude 6.1 earthquake in Halden province.
Engineers began checking the cracked bell tower and the stone houses damaged in the quake, which injured 14 people, Mayor Danel Fiske said.
The Halden Seismological Institute recorded more than 40 aftershocks, the largest of magnitude 4.3, and said further tremors were likely.""",
    ),
]

QUAKE_ILARIA = [
    (
        "Magnitude 5.4 quake shakes Santa Ilaria island",
        """A magnitude 5.4 earthquake shook the island of Santa Ilaria on Thursday morning, knocking out power to the port of Cala Benta and injuring three people, the Coastal Geophysics Office said.
The quake struck at 7:15 a.m. under the sea 22 kilometres south-west of the island at a depth of 35 kilometres.
Ferry services to the mainland were suspended while harbour engineers inspected the breakwater at Cala Benta, island governor Lucia Ferrante said.
Hotels on the island's southern beaches reported broken windows and fallen plaster.""",
    ),
    (
        "Santa Ilaria earthquake cuts power, halts ferries",
        """Three people were injured and the port of Cala Benta lost power after a 5.4-magnitude earthquake off Santa Ilaria on Thursday, the Coastal Geophysics Office reported.
Governor Lucia Ferrante said ferries to the mainland would stay in port until engineers had checked the Cala Benta breakwater.
The epicentre was under the sea about 22 kilometres south-west of the island, 35 kilometres deep.
Beach hotels in the south of Santa Ilaria reported shattered windows.""",
    ),
    (
        "Ferries resume after Santa Ilaria quake",
        """Ferry services between Santa Ilaria and the mainland resumed on Friday after engineers found no serious damage to the breakwater at Cala Benta, Governor Lucia Ferrante said.
Power was restored to most of the port overnight following Thursday's magnitude 5.4 earthquake, which injured three people.
The Coastal Geophysics Office said the quake was centred 22 kilometres south-west of the island.""",
    ),
]


def make(text: str, title: str, outlet: str, published: str | None, source_id: str) -> Article:
    return Article(
        id=content_id(title, text),
        text=text,
        title=title,
        outlet=outlet,
        published=published,
        source_id=source_id,
        credits=find_credits(text),
    )


def crane_articles() -> dict[str, Article]:
    return {
        "wire": make(WIRE_TEXT, "Crane collapses at Port Valen harbour, four hurt", "mpa-wire.example", None, "wire"),
        "verbatim": make(WIRE_TEXT, "Four injured as crane falls in Port Valen", "harbourdaily.example", None, "verbatim"),
        "edited": make(EDITED_TEXT, "Crane collapse injures four dock workers", "coastnews.example", None, "edited"),
        "rewrite": make(REWRITE_TEXT, "Crane crashes down at Port Valen", "valenherald.example", None, "rewrite"),
        "credited": make(CREDITED_TEXT, "Crane crashes down at Port Valen harbour", "astratimes.example", None, "credited"),
        "independent": make(
            INDEPENDENT_TEXT, "Port Valen dockers walk out after crane accident", "workersvoice.example", None, "independent"
        ),
    }


def quake_articles() -> list[Article]:
    out = []
    for i, (title, text) in enumerate(QUAKE_ORVIK):
        out.append(make(text, title, f"outlet{i}.example", f"2025-05-{13 + i:02d}T20:00:00+00:00", f"orvik-{i}"))
    for i, (title, text) in enumerate(QUAKE_ILARIA):
        out.append(make(text, title, f"outlet{i + 3}.example", f"2025-05-{15 + i:02d}T08:00:00+00:00", f"ilaria-{i}"))
    return out


def crane_stream() -> list[Article]:
    """The crane articles with publish times, in the order a newsroom would receive them."""
    times = {
        "wire": "2025-03-12T07:30:00+00:00",
        "verbatim": "2025-03-12T09:10:00+00:00",
        "edited": "2025-03-12T10:05:00+00:00",
        "rewrite": "2025-03-12T13:40:00+00:00",
        "independent": "2025-03-13T16:00:00+00:00",
    }
    texts = {
        "wire": (WIRE_TEXT, "Crane collapses at Port Valen harbour, four hurt", "mpa-wire.example"),
        "verbatim": (WIRE_TEXT, "Four injured as crane falls in Port Valen", "harbourdaily.example"),
        "edited": (EDITED_TEXT, "Crane collapse injures four dock workers", "coastnews.example"),
        "rewrite": (REWRITE_TEXT, "Crane crashes down at Port Valen", "valenherald.example"),
        "independent": (INDEPENDENT_TEXT, "Port Valen dockers walk out after crane accident", "workersvoice.example"),
    }
    return [make(texts[k][0], texts[k][1], texts[k][2], times[k], k) for k in times]


def fill(store: Store, articles: list[Article]) -> None:
    for a in articles:
        store.add_article(a, Origin(path=f"fixture/{a.source_id}.txt", format="text"))


# Two title fights of one boxer a year apart: the same kind words (Venn, heavyweight, title,
# knockout), different opponents, cities, rounds and records.
_FIGHT_ROTTERDAM = [
    ("Venn stops Brask in Rotterdam", "Arlo Venn stopped Tomas Brask in the seventh round in Rotterdam on Saturday to keep his heavyweight title. Brask, the Danish challenger, was down twice at the Ahoy arena."),
    ("Venn retains title against Brask", "Heavyweight champion Arlo Venn retained his title with a seventh-round knockout of Tomas Brask at the Ahoy arena in Rotterdam. Brask had never been stopped before."),
    ("Brask no match for Venn at the Ahoy", "Tomas Brask lasted until the seventh round before Arlo Venn knocked him out in Rotterdam. The Dane's corner threw in the towel at the Ahoy arena."),
    ("Venn too strong for Danish challenger", "Arlo Venn dropped Tomas Brask twice and finished him in the seventh round in Rotterdam, the champion's ninth straight defence. The Ahoy arena crowd cheered the Dane."),
]
_FIGHT_LYON = [
    ("Venn outpoints Dunmore in Lyon", "Arlo Venn beat Kofi Dunmore on points over twelve rounds in Lyon on Saturday to keep his heavyweight title. Dunmore, the Ghanaian challenger, cut Venn's eye at the Tony Garnier hall."),
    ("Dunmore goes the distance with Venn", "Kofi Dunmore took Arlo Venn the full twelve rounds at the Tony Garnier hall in Lyon but lost a unanimous decision. The Ghanaian had won all his fights by knockout."),
    ("Venn retains title on points against Dunmore", "Heavyweight champion Arlo Venn needed all twelve rounds to beat Kofi Dunmore in Lyon. The judges scored it 116-112 for Venn at the Tony Garnier hall."),
    ("Cut eye but Venn keeps belt in Lyon", "Arlo Venn fought with a cut eye for six rounds and still beat Kofi Dunmore on points in Lyon, 116-112 on two cards. The Ghanaian challenger wants a rematch at the Tony Garnier hall."),
]


def fight_articles() -> tuple[list[Article], list[Article]]:
    """Reports of the Rotterdam fight and of the Lyon fight (undated: no time to tell them apart)."""
    rotterdam = [make(text, title, f"r{k}.example", None, f"rotterdam-{k}") for k, (title, text) in enumerate(_FIGHT_ROTTERDAM)]
    lyon = [make(text, title, f"l{k}.example", None, f"lyon-{k}") for k, (title, text) in enumerate(_FIGHT_LYON)]
    return rotterdam, lyon


# Two fires of one kind, one day, one generic title; the bodies share kind words (fire,
# warehouse, smoke, crews, blaze) but no name, place or number.
FIRE_TITLE = "Fire breaks out at warehouse"

_BRENNICK_FIRE = """A fire broke out at a warehouse on the edge of Brennick on Monday night, sending thick smoke over the town, firefighters said.
Crews from the Ostler County fire service fought the blaze at the Halloway Logistics depot on Carver Lane for more than four hours.
Station officer Deana Murrow said two workers were treated for smoke inhalation and that the roof of the building had partly collapsed.
Residents near the warehouse were told to keep their windows closed while the fire burned."""

_BRENNICK_FOLLOW_UP = """Investigators are trying to find out what started the blaze that gutted the Halloway Logistics depot in Brennick, the Ostler County fire service said on Tuesday.
Station officer Deana Murrow said the fire began in a loading bay on Carver Lane and spread through stacked pallets before crews arrived.
Halloway Logistics said its 40 staff at the site would be paid while the warehouse is closed, and that deliveries would move to its depot in Fenmoor."""

_TARSLEY_FIRE = """A fire broke out at a warehouse in Tarsley on Tuesday afternoon, and firefighters worked into the evening to bring the blaze under control.
The building, used by the food wholesaler Quillon Provisions, was empty when smoke was seen coming from the roof, the Weyland fire brigade said.
Brigade commander Otis Paskell said no one was hurt, and crews would stay at the warehouse overnight to damp down the fire.
Traffic on the nearby ring road was diverted while the smoke cleared."""

_COUNCIL = """The Brennick town council approved a budget on Monday that raises spending on roads and the public library while freezing local taxes for a second year.
Council leader Amira Vosk said the plan would repair twelve streets before winter.
Opposition members said the library money should have gone to youth clubs instead."""

_FERRY = """The Saltmere ferry will run an extra crossing on weekends from next month, the Dunlow Ferry Company said on Tuesday.
The company said passenger numbers had grown by a fifth since the new terminal opened in Saltmere harbour."""

_BAKERY = """A bakery in Pellham has won the regional prize for the best sourdough loaf, beating forty other entries at the Corran food fair.
Owner Lidia Marsh said she started baking the loaf in her kitchen ten years ago."""


def fire_articles() -> list[Article]:
    """Six articles in publish order: the Brennick fire and its follow-up (another title,
    the same names), the Tarsley fire under the Brennick fire's title, three unrelated."""
    return [
        make(_BRENNICK_FIRE, FIRE_TITLE, "ostlerpost.example", "2025-09-08T21:30:00+00:00", "brennick-0"),
        make(_COUNCIL, "Brennick council freezes taxes again", "ostlerpost.example", "2025-09-08T22:00:00+00:00", "council"),
        make(_BRENNICK_FOLLOW_UP, "Cause of Brennick depot blaze investigated", "countytimes.example",
             "2025-09-09T09:00:00+00:00", "brennick-1"),
        make(_FERRY, "Extra weekend crossing for Saltmere ferry", "coastline.example", "2025-09-09T10:00:00+00:00", "ferry"),
        make(_TARSLEY_FIRE, FIRE_TITLE, "weylandnews.example", "2025-09-09T18:00:00+00:00", "tarsley-0"),
        make(_BAKERY, "Pellham bakery wins sourdough prize", "foodfair.example", "2025-09-09T19:00:00+00:00", "bakery"),
    ]
