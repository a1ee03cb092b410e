"""Request and response schemas (flask-smorest naming: ThingSchema, ThingQueryArgsSchema)."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

import marshmallow as ma
from marshmallow import fields, validate

from scoring.explanations import languages

DOMAIN = re.compile(r"^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(?:\.(?!-)[a-z0-9-]{1,63}(?<!-))+$")
PARTY = re.compile(r"^[A-Z0-9]{2,12}$")
CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f-\x9f]")
LOOKS_LIKE_HTML = re.compile(r"<(?:html|body|head|div|p|span|article|script|a\s|br|!doctype)\b", re.IGNORECASE)


def normalise_domain(value: str) -> str:
    value = value.strip().lower()
    value = re.sub(r"^https?://", "", value).split("/")[0]
    return value[4:] if value.startswith("www.") else value


# What DomainField accepts before normalising: any case, an optional scheme, a leading "www." and a path
# ("https://www.Example.de/politik"). The document states this pattern, not DOMAIN's, so that nothing the
# server accepts is outside the documented contract.
HOST_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"  # no hyphen at either end
HOST_FORMS = rf"{HOST_LABEL}(?:\.{HOST_LABEL})+"
# What fields.Url(schemes={"http", "https"}, require_tld=False) takes, as the document states it: a host of
# labels, each after the first at least two characters long (a top-level domain is), an optional port, a path.
URL_PATTERN = (
    r"^https?://[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9]))*"
    r"(?::[0-9]{1,5})?(?:/[!-~]*)?$"
)
# Whatever follows the host's first "/" is cut off, line breaks included: [\s\S], not ".".
ACCEPTED_DOMAIN = re.compile(rf"^\s*(?:[Hh][Tt][Tt][Pp][Ss]?://)?{HOST_FORMS}(?:/[\s\S]*)?\s*$")
ACCEPTED_DOMAIN_IN_PATH = re.compile(rf"^\s*{HOST_FORMS}\s*$")  # a path segment has no scheme and no path


class DomainField(fields.String):
    """A publisher's domain; "https://www.Example.de/path" is accepted and normalised too."""

    def __init__(self, **kwargs: Any) -> None:
        metadata = {"pattern": ACCEPTED_DOMAIN.pattern, "example": "tagesspiegel.de", **kwargs.pop("metadata", {})}
        super().__init__(metadata=metadata, **kwargs)

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        domain = normalise_domain(super()._deserialize(value, attr, data, **kwargs))
        if not DOMAIN.match(domain):
            raise ma.ValidationError("Not a domain name (for example 'tagesspiegel.de').")
        return domain


class JsonBoolean(fields.Boolean):
    """Only JSON's true and false in a body: marshmallow's Boolean also takes 0, 1 and "yes", which the
    document (type: boolean) does not state."""

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> bool:
        if not isinstance(value, bool):
            raise self.make_error("invalid", input=value)
        return value


class DayOrTimeField(fields.String):
    """An ISO date or date-time, stored as given in ISO form."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(metadata={"format": "date", "example": "2024-11-01", **kwargs.pop("metadata", {})}, **kwargs)

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        raw = super()._deserialize(value, attr, data, **kwargs).strip()
        try:
            loose_day = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", raw)  # "2020-07-9" happens in the wild
            if loose_day:
                return date(*map(int, loose_day.groups())).isoformat()
            return datetime.fromisoformat(raw.replace("Z", "+00:00")).isoformat()
        except ValueError as error:
            raise ma.ValidationError("Not an ISO 8601 date or date-time.") from error


class ArticleInputSchema(ma.Schema):
    text = fields.String(validate=validate.Length(min=1), metadata={"description": "plain article text"})
    html = fields.String(
        validate=validate.Length(min=1), metadata={"description": "the page's HTML; its main text is extracted"}
    )
    outlet = DomainField(required=True, metadata={"description": "the publisher's domain"})
    url = fields.Url(
        require_tld=False,
        schemes={"http", "https"},
        load_default=None,
        allow_none=True,
        metadata={
            "description": "the article's address; the same url again gives the stored article",
            "example": "https://www.example.org/politik/lage-123",
            "pattern": URL_PATTERN,
        },
    )
    title = fields.String(
        load_default=None, allow_none=True, validate=validate.Length(max=1000), metadata={"description": "headline"}
    )
    published_at = DayOrTimeField(
        load_default=None, allow_none=True, metadata={"description": "publication date or date-time (ISO 8601)"}
    )
    language = fields.String(
        load_default="de",
        validate=validate.OneOf(["de"], error="Only German ('de') is analysed so far."),
        metadata={"description": "language of the text; only German is analysed"},
    )
    credits = fields.List(
        fields.String(validate=validate.Length(min=1, max=100)),
        load_default=list,
        validate=validate.Length(max=20),
        metadata={"description": "wire agencies credited in the metadata (also found in credit lines of the text)"},
    )

    @ma.validates_schema
    def one_body(self, data: dict[str, Any], **_: Any) -> None:
        if ("text" in data) == ("html" in data):
            raise ma.ValidationError("Send exactly one of 'text' or 'html'.", "text")
        text = data.get("text")
        if text is not None:
            if not text.strip():
                raise ma.ValidationError("The text is empty.", "text")
            if len(LOOKS_LIKE_HTML.findall(text)) >= 3:
                raise ma.ValidationError(
                    "The text looks like HTML; send it as 'html' to have its main text extracted.", "text"
                )


class SpanSchema(ma.Schema):
    cue = fields.String(metadata={"description": "the words as written in the text"})
    start = fields.Integer(
        validate=validate.Range(min=0), metadata={"description": "offset of the first character (code points)"}
    )
    end = fields.Integer(
        validate=validate.Range(min=0), metadata={"description": "offset just after the last character (code points)"}
    )


class HedgeSchema(SpanSchema):
    kind = fields.String(
        metadata={
            "description": "lexical, reportative, epistemic, hearsay, unverified, estimate; "
            "undecided/deontic/ability/reaction/negated/attributed/named_report do not hedge"
        }
    )
    decisive = fields.Boolean(
        metadata={"description": "whether the cue's kind hedges (lowers the score); the others are only shown"}
    )


class SourceSchema(ma.Schema):
    text = fields.String(metadata={"description": "who the claim is attributed to, as written", "example": "Pentagon"})
    start = fields.Integer(
        validate=validate.Range(min=0), metadata={"description": "offset of the first character (code points)"}
    )
    end = fields.Integer(
        validate=validate.Range(min=0), metadata={"description": "offset just after the last character (code points)"}
    )
    party = fields.String(
        allow_none=True,
        metadata={
            "description": "the party it resolves to (ISO 3166 alpha-2 or an organisation's code)",
            "example": "US",
        },
    )
    role = fields.String(
        validate=validate.OneOf(["origin", "relay"]),
        metadata={"description": "origin: who asserts it; relay: a medium that passed it on"},
    )
    medium = fields.String(allow_none=True, metadata={"description": "the medium's domain or name, for a relay"})


class CorroborationSchema(ma.Schema):
    outlets = fields.Integer(
        validate=validate.Range(min=1), metadata={"description": "outlets reporting the proposition, this one included"}
    )
    independent_outlets = fields.Integer(
        validate=validate.Range(min=1),
        metadata={"description": "independence groups among them (one owner or one wire copy counts once)"},
    )
    independent_origins = fields.Integer(
        validate=validate.Range(min=1), metadata={"description": "independent origins standing behind it"}
    )
    origins = fields.List(
        fields.String(), metadata={"description": "the origins: party codes or outlet domains", "example": ["US"]}
    )
    origin_names = fields.List(
        fields.String(),
        metadata={"description": "display names of `origins`, in the same order (a party's or an outlet's name)"},
    )
    claims = fields.List(fields.Integer(), metadata={"description": "ids of corroborating claims in other articles"})
    contradicting_claims = fields.List(fields.Integer(), metadata={"description": "ids of claims that deny it"})
    unconfirming_claims = fields.List(
        fields.Integer(), metadata={"description": "ids of claims that report it as unconfirmed"}
    )


class GradeSchema(ma.Schema):
    source = fields.String(
        allow_none=True,
        validate=validate.OneOf(list("ABCDEF")),
        metadata={
            "description": "source letter (the origin): B non-belligerent official or agency, C an outlet's own "
            "reporting or unresolved, D a belligerent about its own conflict, E disinformation or a belligerent "
            "state outlet's own voice, F cannot be judged; A is never given automatically",
            "example": "B",
        },
    )
    information = fields.Integer(
        allow_none=True,
        validate=validate.Range(min=1, max=6),
        metadata={
            "description": "information digit (the content): 1 confirmed by independent origins, 2 several outlets "
            "from one origin, 3 single outlet or hedged, 4 hedged and alone, 5 contradicted, 6 cannot be judged",
            "example": 2,
        },
    )
    code = fields.String(
        allow_none=True,
        validate=validate.Regexp(r"^[A-F][1-6]$"),
        metadata={"description": "letter and digit together", "example": "B2"},
    )


class ClaimSchema(ma.Schema):
    """A claim's body as service.ingest.with_evidence puts it together, dumped as it is."""

    id = fields.Integer(allow_none=True, metadata={"description": "the claim's id (null when scored, not stored)"})
    article_id = fields.Integer(allow_none=True, metadata={"description": "id of its article (null when not stored)"})
    outlet = fields.String(metadata={"description": "domain of the article's outlet", "example": "nzz.ch"})
    published_at = fields.String(allow_none=True, metadata={"description": "the article's publication date"})
    text = fields.String(metadata={"description": "the claim as written"})
    start = fields.Integer(
        validate=validate.Range(min=0), metadata={"description": "offset in the article text (code points)"}
    )
    end = fields.Integer(
        validate=validate.Range(min=0), metadata={"description": "offset just after the claim (code points)"}
    )
    hedged = fields.Boolean(metadata={"description": "whether a decisive hedge cue keeps its distance"})
    hedges = fields.List(fields.Nested(HedgeSchema), metadata={"description": "hedge cues found in the claim"})
    reported_speech = fields.Boolean(metadata={"description": "whether it is reported speech (Konjunktiv I)"})
    reported_speech_cues = fields.List(
        fields.Nested(SpanSchema), metadata={"description": "the verbs in Konjunktiv I that mark it"}
    )
    sources = fields.List(fields.Nested(SourceSchema), metadata={"description": "who it is attributed to"})
    origin_parties = fields.List(
        fields.String(), metadata={"description": "parties the claim originates from", "example": ["US"]}
    )
    belligerent = fields.Boolean(metadata={"description": "whether an origin is a party to the claim's conflict"})
    conflict = fields.String(
        allow_none=True, metadata={"description": "id of the conflict it is about", "example": "russia-ukraine-war"}
    )
    stance = fields.String(
        validate=validate.OneOf(["support", "deny", "unconfirmed"]),
        metadata={"description": "its stance towards its proposition"},
    )
    corroboration = fields.Nested(
        CorroborationSchema, metadata={"description": "who else reports its proposition, from how many origins"}
    )
    proposition_id = fields.Integer(
        allow_none=True, metadata={"description": "id of the proposition (the fact) it states"}
    )
    score = fields.Float(
        allow_none=True,
        validate=validate.Range(min=0, max=1),
        metadata={"description": "reliability in [0, 1] to sort by (docs/scoring.md)", "example": 0.62},
    )
    grade = fields.Nested(GradeSchema, metadata={"description": "its Admiralty grade"})
    explanation = fields.List(
        fields.String(),
        metadata={"description": "short sentences naming the evidence", "example": ["hedged by 'angeblich' at 0–9"]},
    )
    updated_at = fields.String(
        allow_none=True,
        metadata={"description": "when the claim's grade, score, proposition or stance last changed (UTC, ISO 8601)"},
    )


class ArticleSchema(ma.Schema):
    id = fields.Integer(allow_none=True, metadata={"description": "the article's id (null when scored, not stored)"})
    outlet = fields.String(metadata={"description": "domain of the outlet", "example": "nzz.ch"})
    url = fields.String(allow_none=True, metadata={"description": "the article's address"})
    title = fields.String(allow_none=True, metadata={"description": "headline"})
    published_at = fields.String(allow_none=True, metadata={"description": "publication date or date-time"})
    language = fields.String(metadata={"description": "language of the text", "example": "de"})
    credits = fields.List(fields.String(), metadata={"description": "wire agencies credited", "example": ["dpa"]})
    voice = fields.String(
        metadata={
            "description": (
                "the independence group it speaks for: its owner group, or the wire agencies it carries, joined by '|'"
            ),
            "example": "AP|Reuters",
        }
    )
    conflict = fields.String(allow_none=True, metadata={"description": "id of the conflict the article is about"})
    created_at = fields.String(allow_none=True, metadata={"description": "when it was stored (UTC, ISO 8601)"})
    text = fields.String(metadata={"description": "the text all offsets point into"})
    claims = fields.List(fields.Nested(ClaimSchema), metadata={"description": "its claims, each scored"})


class ArticleSummarySchema(ArticleSchema):
    class Meta:
        exclude = ("text", "claims")


class PageArgsSchema(ma.Schema):
    limit = fields.Integer(
        load_default=None, validate=validate.Range(min=1, max=500), metadata={"description": "page size (default 50)"}
    )
    lang = fields.String(
        load_default=None,
        validate=validate.OneOf(languages()),
        metadata={"description": "language of the explanations (default en; Accept-Language: de works too)"},
    )
    cursor = fields.String(
        load_default=None,
        validate=validate.Regexp(r"^[0-9]{0,18}$"),
        metadata={"description": "next_cursor of the previous page"},
    )


class ArticleQueryArgsSchema(PageArgsSchema):
    outlet = DomainField(load_default=None, metadata={"description": "only this outlet's articles"})


class ArticlePageSchema(ma.Schema):
    articles = fields.List(fields.Nested(ArticleSummarySchema), metadata={"description": "a page of articles"})
    next_cursor = fields.String(allow_none=True, metadata={"description": "cursor of the next page; null at the end"})


def has_a_word(value: str) -> None:
    """q is searched word by word (control characters dropped): with no word in it, there is nothing to ask."""
    if not any(c.isalnum() for c in CONTROL_CHARACTERS.sub(" ", value)):
        raise ma.ValidationError("Give at least one word to search for.")


GRADE_FILTER = re.compile(r"^(?:[A-F][1-6]?|[1-6])$")
CONFLICT_ID = re.compile(r"^(?=[A-Za-z0-9-]*[A-Za-z0-9])[A-Za-z0-9-]{1,80}$")
CLAIM_SORTS = ("id", "-id", "updated_at", "-updated_at")


class ClaimQueryArgsSchema(PageArgsSchema):
    q = fields.String(
        load_default=None,
        validate=[validate.Length(min=1, max=200), has_a_word],
        metadata={"description": "words the claim's text contains (each searched as it is, no query syntax)"},
    )
    outlet = DomainField(load_default=None, metadata={"description": "only claims of this outlet"})
    party = fields.String(
        load_default=None,
        validate=validate.Regexp(PARTY),
        metadata={"description": "only claims originating from this party", "example": "UA"},
    )
    belligerent = fields.Boolean(
        load_default=None, metadata={"description": "only claims with (true) or without (false) belligerent origin"}
    )
    hedged = fields.Boolean(
        load_default=None, metadata={"description": "only hedged (true) or unhedged (false) claims"}
    )
    min_score = fields.Float(
        load_default=None,
        validate=validate.Range(min=0, max=1),
        metadata={"description": "only claims scoring at least this"},
    )
    since = DayOrTimeField(load_default=None, metadata={"description": "only claims of articles published since"})
    conflict = fields.String(
        load_default=None,
        validate=validate.Regexp(CONFLICT_ID),
        metadata={"description": "id of the conflict the claim is about", "example": "russia-ukraine-war"},
    )
    grade = fields.String(
        load_default=None,
        validate=validate.Regexp(GRADE_FILTER, error="A grade code ('B2'), a source letter ('D') or a digit ('5')."),
        metadata={
            "description": "a whole grade code (B2), a source letter A–F or an information digit 1–6",
            "example": "B2",
        },
    )
    article = fields.Integer(
        load_default=None,
        validate=validate.Range(min=1, max=2**63 - 1),
        metadata={"description": "id of the article the claims come from"},
    )
    stance = fields.String(
        load_default=None,
        validate=validate.OneOf(["support", "deny", "unconfirmed"]),
        metadata={"description": "the claim's stance towards its proposition"},
    )
    proposition = fields.Integer(
        load_default=None,
        validate=validate.Range(min=1, max=2**63 - 1),
        metadata={"description": "id of the proposition the claims belong to"},
    )
    sort = fields.String(
        load_default="id",
        validate=validate.OneOf(CLAIM_SORTS),
        metadata={
            "description": "order of the list: 'id' oldest first, '-id' newest first, 'updated_at' least recently "
            "changed first, '-updated_at' most recently changed first"
        },
    )
    cursor = fields.String(
        load_default=None,
        validate=validate.Regexp(r"^(?:[0-9]{0,18}|u[A-Za-z0-9_-]{4,200})$"),
        metadata={"description": "next_cursor of the previous page, with the same sort"},
    )


class ClaimExportArgsSchema(ClaimQueryArgsSchema):
    format = fields.String(
        load_default=None,
        validate=validate.OneOf(["csv", "jsonl"]),
        metadata={
            "description": "csv or jsonl (JSON Lines); without it the Accept header decides "
            "(text/csv or application/x-ndjson), JSON Lines if it names neither"
        },
    )
    limit = fields.Integer(
        load_default=None,
        validate=validate.Range(min=1),
        metadata={"description": "most claims to export; without it, every claim after the cursor"},
    )


class ClaimPageSchema(ma.Schema):
    claims = fields.List(fields.Nested(ClaimSchema), metadata={"description": "a page of claims"})
    next_cursor = fields.String(allow_none=True, metadata={"description": "cursor of the next page; null at the end"})


class PropositionSchema(ma.Schema):
    id = fields.Integer(metadata={"description": "the proposition's id"})
    claims = fields.List(fields.Nested(ClaimSchema), metadata={"description": "the claims that state this fact"})
    outlets = fields.List(fields.String(), metadata={"description": "domains of the outlets reporting it"})
    independent_outlets = fields.Integer(
        validate=validate.Range(min=1), metadata={"description": "of them independent"}
    )
    origins = fields.List(fields.String(), metadata={"description": "the origins behind it"})
    independent_origins = fields.Integer(
        validate=validate.Range(min=1), metadata={"description": "independent origins"}
    )
    grade = fields.Nested(GradeSchema, metadata={"description": "grade of its best-scored supporting claim"})
    score = fields.Float(
        allow_none=True, validate=validate.Range(min=0, max=1), metadata={"description": "score of its best claim"}
    )


class PropositionSummarySchema(ma.Schema):
    id = fields.Integer(metadata={"description": "the proposition's id"})
    created_at = fields.String(allow_none=True, metadata={"description": "when its first claim was stored (UTC)"})
    claims = fields.List(fields.Integer(), metadata={"description": "ids of the claims that state this fact"})
    outlets = fields.List(fields.String(), metadata={"description": "domains of the outlets that report it"})
    grade = fields.Nested(GradeSchema, metadata={"description": "grade of its best-scored supporting claim"})
    score = fields.Float(
        allow_none=True, validate=validate.Range(min=0, max=1), metadata={"description": "score of that claim"}
    )


class PropositionQueryArgsSchema(PageArgsSchema):
    sort = fields.String(
        load_default="id",
        validate=validate.OneOf(["id", "-id"]),
        metadata={"description": "order of the list: 'id' oldest first, '-id' newest first"},
    )


class PropositionPageSchema(ma.Schema):
    propositions = fields.List(fields.Nested(PropositionSummarySchema), metadata={"description": "a page of them"})
    next_cursor = fields.String(allow_none=True, metadata={"description": "cursor of the next page; null at the end"})


class OutletSchema(ma.Schema):
    domain = fields.String(dump_only=True, metadata={"description": "the outlet's domain", "example": "nzz.ch"})
    name = fields.String(
        required=True,
        validate=validate.Length(min=1, max=200),
        metadata={"description": "display name", "example": "Neue Zürcher Zeitung"},
    )
    owner_group = fields.String(
        required=True,
        validate=validate.Length(min=1, max=200),
        metadata={"description": "owner; outlets of one owner group are one independent voice", "example": "NZZ"},
    )
    wire_agency = JsonBoolean(load_default=False, metadata={"description": "whether it is a wire agency"})
    state_affiliation = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Regexp(PARTY),
        metadata={"description": "party code of the state it speaks for (state media)", "example": "RU"},
    )
    disinformation = JsonBoolean(
        load_default=False, metadata={"description": "whether it is flagged for disinformation"}
    )
    known = fields.Boolean(
        dump_only=True, metadata={"description": "false for an outlet registered only because an article came from it"}
    )
    names = fields.List(
        fields.String(validate=validate.Length(min=2, max=100)),
        load_default=list,
        metadata={"description": "names it is cited by in texts", "example": ["NZZ"]},
    )


class OutletListSchema(ma.Schema):
    outlets = fields.List(fields.Nested(OutletSchema), metadata={"description": "every registered outlet"})


class ActorSchema(ma.Schema):
    name = fields.String(metadata={"description": "the actor's name", "example": "Pentagon"})
    aliases = fields.List(fields.String(), metadata={"description": "forms it is named by in German texts"})
    kind = fields.String(
        metadata={"description": "state, capital, person, adjective, organ or group", "example": "organ"}
    )


class PartySchema(ma.Schema):
    code = fields.String(metadata={"description": "ISO 3166 alpha-2 or an organisation's code", "example": "US"})
    name = fields.String(metadata={"description": "display name", "example": "United States"})
    kind = fields.String(metadata={"description": "state, organisation or group", "example": "state"})
    actors = fields.List(fields.Nested(ActorSchema), metadata={"description": "those who speak for it"})


class PartyListSchema(ma.Schema):
    parties = fields.List(fields.Nested(PartySchema), metadata={"description": "every party"})


class BelligerentSchema(ma.Schema):
    party = fields.String(
        required=True, validate=validate.Regexp(PARTY), metadata={"description": "party code", "example": "RU"}
    )
    since = DayOrTimeField(required=True, metadata={"description": "since when it is a party to the conflict"})
    side = fields.String(
        load_default=None,
        allow_none=True,
        validate=validate.Regexp(r"^[a-z]$"),
        metadata={"description": "its side: parties fighting together share it", "example": "a"},
    )


class ConflictSchema(ma.Schema):
    id = fields.String(dump_only=True, metadata={"description": "the conflict's id", "example": "russia-ukraine-war"})
    name = fields.String(
        required=True, validate=validate.Length(min=1, max=200), metadata={"description": "display name"}
    )
    belligerents = fields.List(
        fields.Nested(BelligerentSchema),
        required=True,
        validate=validate.Length(min=2),
        metadata={"description": "the parties to it, each with a since-date"},
    )
    terms = fields.List(
        fields.String(validate=validate.Length(min=2, max=100)),
        required=True,
        validate=validate.Length(min=1),
        metadata={"description": "words that tie a claim to it", "example": ["Kursk", "Donbass"]},
    )


class ConflictListSchema(ma.Schema):
    conflicts = fields.List(fields.Nested(ConflictSchema), metadata={"description": "every conflict"})


class HealthSchema(ma.Schema):
    status = fields.String(metadata={"description": "ok when the database can be read", "example": "ok"})
    articles = fields.Integer(validate=validate.Range(min=0), metadata={"description": "stored articles"})
    claims = fields.Integer(validate=validate.Range(min=0), metadata={"description": "stored claims"})
    outlets = fields.Integer(validate=validate.Range(min=0), metadata={"description": "registered outlets"})
