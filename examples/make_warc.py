"""Build examples/warc/meridianbiz.warc.gz: a small web archive of two Meridian Business Daily
pages (fictional), as HTTP response records with HTML payloads, written with warcio.

Run from the repository root:  .venv/bin/python examples/make_warc.py
The output is byte-for-byte deterministic; commit both this script and the .warc.gz.
"""

from __future__ import annotations

import html
import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

OUT = Path(__file__).resolve().parent / "warc" / "meridianbiz.warc.gz"

PAGES = [
    {
        "url": "https://meridianbiz.example/trade/2025/03/06/port-ellis-deal-jobs",
        "title": "Port deal could bring 2,100 jobs to Port Ellis, Velmark says",
        "author": "Devika Rao",
        "published": "2025-03-06T18:45:00+00:00",
        "section": "Trade",
        "warc_date": "2025-03-06T19:02:13Z",
        "record_id": "<urn:uuid:5b0c3f1e-7a41-4d7e-9a55-0c1f7a2e6b01>",
        "photo": "Cranes at the Port Ellis north terminal. Photo: Arne Falk/Meridian Business Daily",
        "body": """A proposed trade and port agreement between Canada and Velmark would cover C$55.4 billion ($38.5 billion) in annual two-way trade and create 2,100 jobs in Port Ellis over five years, Velmark's ports ministry said on Thursday, as the two governments opened talks in the harbour city.

Canadian Trade Minister Alva Brandt arrived in Port Ellis on Thursday morning for two days of meetings with Ports Minister Tomas Reyl, the first formal round since negotiations stalled last November.

“Canada will not sign anything that is bad for Canadian farmers,” Brandt said, signalling that farm access remains the main sticking point.

According to two people familiar with the talks, Canada has offered to phase in tariff cuts on Velmark's processed seafood over seven years in exchange for immediate access for Canadian wheat and canola.

Reyl described the negotiations as “a careful first step” and declined to give a date for a framework text.

Shipping analysts say berth guarantees at Canadian Pacific ports matter more to Velmark than tariff cuts. “Velmark's shipping line needs certainty on the Pacific side more than it needs lower duties on beef,” said Hanne Vosk, a freight analyst at Kestrel Maritime Research in Port Ellis. “The berths are the prize.”

The state carrier, Velmark Line, handled 1.8 million containers in 2024, up from 1.6 million a year earlier, according to its annual report.

A Canadian official said Ottawa expected negotiators to agree on a framework text by June. The ministers meet again on Friday.""",
    },
    {
        "url": "https://meridianbiz.example/insurance/2025/03/05/millbrook-warehouse-fire-claims",
        "title": "Insurers brace for claims after Millbrook warehouse fire",
        "author": "Lukas Brenn",
        "published": "2025-03-05T15:00:00+00:00",
        "section": "Insurance",
        "warc_date": "2025-03-05T15:20:44Z",
        "record_id": "<urn:uuid:5b0c3f1e-7a41-4d7e-9a55-0c1f7a2e6b02>",
        "photo": None,
        "body": """Regional insurers are preparing for a claim of about $12 million after fire destroyed the Kessler Logistics warehouse in Millbrook on Tuesday night, the latest in a series of large warehouse losses that brokers say are pushing up premiums for storage operators.

The family-owned distribution company, which employs 85 people, held stock for furniture and appliance retailers at the Foundry Road site. Owner Gerald Kessler said the building and its contents were insured, but he declined to name the insurer.

“Warehouse fires are one of the few lines where losses have risen every year since 2021,” said Malik Oyelaran, a property broker at Tern & Sallow in Port Ellis. “Underwriters are asking much harder questions about battery charging and sprinkler coverage.”

Kessler Logistics is the third distribution business in the province to lose a warehouse to fire since last summer, Oyelaran said, although the earlier fires had unrelated causes.

A person familiar with the policy said the claim would be shared among three insurers.

Property premiums for warehouses in the region rose 14% in 2024, according to the broker's annual market review, and Oyelaran said he expected a further increase this year.

The cause of the Millbrook fire has not been determined.""",
    },
]


def page_html(page: dict) -> bytes:
    paras = "\n".join(
        f"        <p>{html.escape(p, quote=False)}</p>" for p in page["body"].strip().split("\n\n")
    )
    figure = (
        f"""      <figure>
        <img src="/img/{page["section"].lower()}.jpg" alt="">
        <figcaption>{html.escape(page["photo"], quote=False)}</figcaption>
      </figure>
"""
        if page["photo"]
        else ""
    )
    title = html.escape(page["title"])
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{title} - Meridian Business Daily</title>
  <meta property="og:title" content="{title}">
  <meta property="og:site_name" content="Meridian Business Daily">
  <meta property="og:url" content="{page["url"]}">
  <meta property="article:published_time" content="{page["published"]}">
  <meta property="article:section" content="{page["section"]}">
  <meta name="author" content="{html.escape(page["author"])}">
</head>
<body>
  <nav class="topnav"><a href="/">Meridian Business Daily</a> | <a href="/markets">Markets</a> | <a href="/trade">Trade</a> | <a href="/insurance">Insurance</a> | <a href="/login">Sign in</a></nav>
  <main>
    <article>
      <h1>{title}</h1>
      <p class="byline">By {html.escape(page["author"])}</p>
{figure}      <div class="story-body">
{paras}
      </div>
    </article>
  </main>
  <footer>
    <p>Meridian Business Daily. Market data delayed at least 15 minutes.</p>
    <p><a href="/terms">Terms</a> · <a href="/privacy">Privacy</a> · <a href="/newsletters">Newsletters</a></p>
  </footer>
</body>
</html>
""".encode()


def main() -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with open(OUT, "wb") as fh:
        writer = WARCWriter(fh, gzip=True)
        info = writer.create_warcinfo_record(
            "meridianbiz.warc.gz",
            {
                "software": "examples/make_warc.py (warcio)",
                "description": "Fictional example pages for Corroborate",
            },
        )
        # fixed date and id so that re-running the script gives the same bytes
        info.rec_headers.replace_header("WARC-Date", "2025-03-06T19:02:00Z")
        info.rec_headers.replace_header("WARC-Record-ID", "<urn:uuid:5b0c3f1e-7a41-4d7e-9a55-0c1f7a2e6b00>")
        writer.write_record(info)
        for page in PAGES:
            payload = page_html(page)
            http_headers = StatusAndHeaders(
                "200 OK",
                [
                    ("Content-Type", "text/html; charset=utf-8"),
                    ("Content-Length", str(len(payload))),
                    ("Server", "nginx"),
                ],
                protocol="HTTP/1.1",
            )
            record = writer.create_warc_record(
                page["url"],
                "response",
                payload=io.BytesIO(payload),
                http_headers=http_headers,
                warc_headers_dict={"WARC-Date": page["warc_date"], "WARC-Record-ID": page["record_id"]},
            )
            writer.write_record(record)
    print(f"wrote {OUT} ({len(PAGES)} response records)")


if __name__ == "__main__":
    main()
