"""Words of people's names that are not names: honorifics and titles; and the nouns that
tell a person's sex. Plain data, read by the analysis and by the brief (which must not load
spaCy to use them)."""

HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lady", "lord", "rev", "fr",
    "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "adm", "maj", "pres", "hon",
    "mx", "messrs", "st",
    # British police ranks, abbreviated ("Asst Ch Con Robin Smith", "Det Supt", "Insp")
    "asst", "ch", "supt", "insp", "det",
    # Hausa honorifics of Nigerian news ("Mallam Garba Shehu", "Alhaji Lai Mohammed"): men's
    "mallam", "malam", "alhaji",
}
TITLE_WORDS = {
    "president", "premier", "minister", "prime", "senator", "governor", "mayor", "ceo",
    "chief", "chairman", "chairwoman", "chair", "director", "secretary", "spokesman",
    "spokeswoman", "spokesperson", "leader", "king", "queen", "prince", "princess", "pope",
    "judge", "justice", "attorney", "general", "representative", "congressman",
    "congresswoman", "candidate", "nominee", "chancellor", "ambassador", "commissioner",
    "superintendent", "officer", "executive", "founder", "cofounder", "co-founder", "head",
    "manager", "economist", "analyst", "professor", "lawyer", "coach", "captain", "speaker",
    "treasurer", "mp", "mpp", "mla", "councillor", "councilor", "sheriff", "deputy",
    "vice", "strategist", "adviser", "advisor", "aide", "owner", "partner", "editor",
    "correspondent", "reporter", "author", "actor", "actress", "singer", "rapper", "comedian", "comedienne",
    "businessman", "businesswoman", "activist", "official", "host", "chairperson", "dean",
    "inspector", "detective", "prosecutor", "premier-designate", "commander", "cardinal",
    "bishop", "rabbi", "imam", "president-elect", "pastor", "player", "striker", "star",
    "mogul", "billionaire", "scientist", "researcher", "physician", "doctor", "nurse",
    "teacher", "student", "resident", "designer", "architect", "investor",
    "envoy", "diplomat", "emir", "sultan", "sheikh", "lawmaker", "legislator", "whip",
    "marshal", "constable", "trooper", "sergeant", "lieutenant", "critic", "coordinator",
}

NOUN_SEX = {
    "woman": "f", "man": "m", "girl": "f", "boy": "m", "lady": "f", "gentleman": "m",
    "mother": "f", "father": "m", "wife": "f", "husband": "m", "sister": "f", "brother": "m",
    "daughter": "f", "son": "m", "grandmother": "f", "grandfather": "m", "granddaughter": "f",
    "grandson": "m", "niece": "f", "nephew": "m", "widow": "f", "widower": "m",
    "girlfriend": "f", "boyfriend": "m", "first lady": "f",
    "actress": "f", "businesswoman": "f", "businessman": "m", "policewoman": "f", "policeman": "m",
    "frontman": "m", "frontwoman": "f",
}
"""Nouns for a person of one sex ("his wife Sue", "the actress said", "a woman who lives
nearby … she said"). Not "actor", which many women are called too, nor "spokesman" and
"spokeswoman", which writers mix up ("Trump spokesman Hope Hicks") and which may name
someone else before a name ("Through a spokeswoman, Trump declined to comment")."""
