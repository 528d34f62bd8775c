
import pytest

from corroborate.store import Store

WIRE = (
    "PORT VALEN, March 12 (MPA) - The harbour authority approved a new container terminal on "
    "Thursday, officials said.\n"
    "\u201cThis is a good day for the port,\u201d said Mayor Ilse Brandt.\n"
    "Reporting by Ana Ruiz; Editing by Tom Hale\n"
    "\u00a9 2026 Meridian Press Agency. All rights reserved."
)


@pytest.fixture
def store(tmp_path_factory) -> Store:
    s = Store(tmp_path_factory.mktemp("store") / "test.db")
    yield s
    s.close()


def page(title: str, body_paragraphs: list[str], published: str = "2026-03-12T09:15:00+01:00") -> str:
    paras = "\n".join(f"<p>{p}</p>" for p in body_paragraphs)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>{title} | Harbour Courier</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="Harbour Courier">
<meta name="author" content="Nora Vik">
<meta property="article:published_time" content="{published}">
<link rel="canonical" href="https://www.harbourcourier.example/news/terminal">
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>{title}</h1>
{paras}
<figure><img src="x.jpg"><figcaption>The terminal site. Photo: Lena Ode/MPA</figcaption></figure>
</article>
<footer>Subscribe today. Contact us.</footer>
</body></html>
"""
