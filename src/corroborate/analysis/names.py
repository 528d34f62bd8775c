"""Words of people's names that are not names: honorifics and titles. Plain data, read by
the analysis and by the brief (which must not load spaCy to use them)."""

HONORIFICS = {
    "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lady", "lord", "rev", "fr",
    "sen", "rep", "gov", "gen", "lt", "col", "capt", "sgt", "adm", "maj", "pres", "hon",
    "mx", "messrs", "st",
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
