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


class DomainField(fields.String):
    """A publisher's domain; "https://www.Example.de/path" is accepted and normalised too."""

    def __init__(self, **kwargs: Any) -> None:
        metadata = {"pattern": DOMAIN.pattern, "example": "tagesspiegel.de", **kwargs.pop("metadata", {})}
        super().__init__(metadata=metadata, **kwargs)

    def _deserialize(self, value: Any, attr: str | None, data: Any, **kwargs: Any) -> str:
        domain = normalise_domain(super()._deserialize(value, attr, data, **kwargs))
        if not DOMAIN.match(domain):
            raise ma.ValidationError("Not a domain name (for example 'tagesspiegel.de').")
        return domain


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
    url = fields.Url(require_tld=False, schemes={"http", "https"}, load_default=None, allow_none=True)
    title = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=1000))
    published_at = DayOrTimeField(load_default=None, allow_none=True)
    language = fields.String(
        load_default="de", validate=validate.OneOf(["de"], error="Only German ('de') is analysed so far.")
    )
    credits = fields.List(
        fields.String(validate=validate.Length(min=1, max=100)), load_default=list, validate=validate.Length(max=20)
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
    cue = fields.String()
    start = fields.Integer()
    end = fields.Integer()


class HedgeSchema(SpanSchema):
    kind = fields.String(
        metadata={
            "description": "lexical, reportative, epistemic, hearsay, unverified, estimate; "
            "undecided/deontic/ability/negated/attributed do not hedge"
        }
    )
    decisive = fields.Boolean()


class SourceSchema(ma.Schema):
    text = fields.String()
    start = fields.Integer()
    end = fields.Integer()
    party = fields.String(allow_none=True)
    role = fields.String(validate=validate.OneOf(["origin", "relay"]))
    medium = fields.String(allow_none=True)


class CorroborationSchema(ma.Schema):
    outlets = fields.Integer()
    independent_outlets = fields.Integer()
    independent_origins = fields.Integer()
    origins = fields.List(fields.String())
    origin_names = fields.List(
        fields.String(),
        metadata={"description": "display names of `origins`, in the same order (a party's or an outlet's name)"},
    )
    claims = fields.List(fields.Integer())
    contradicting_claims = fields.List(fields.Integer())
    unconfirming_claims = fields.List(fields.Integer())


class GradeSchema(ma.Schema):
    source = fields.String(allow_none=True)
    information = fields.Integer(allow_none=True)
    code = fields.String(allow_none=True)


class ClaimSchema(ma.Schema):
    """A claim's body as service.ingest.with_evidence puts it together, dumped as it is."""

    id = fields.Integer(allow_none=True)
    article_id = fields.Integer(allow_none=True)
    outlet = fields.String()
    published_at = fields.String(allow_none=True)
    text = fields.String()
    start = fields.Integer()
    end = fields.Integer()
    hedged = fields.Boolean()
    hedges = fields.List(fields.Nested(HedgeSchema))
    reported_speech = fields.Boolean()
    reported_speech_cues = fields.List(fields.Nested(SpanSchema))
    sources = fields.List(fields.Nested(SourceSchema))
    origin_parties = fields.List(fields.String())
    belligerent = fields.Boolean()
    conflict = fields.String(allow_none=True)
    stance = fields.String(validate=validate.OneOf(["support", "deny", "unconfirmed"]))
    corroboration = fields.Nested(CorroborationSchema)
    proposition_id = fields.Integer(allow_none=True)
    score = fields.Float(allow_none=True)
    grade = fields.Nested(GradeSchema)
    explanation = fields.List(fields.String())
    updated_at = fields.String(
        allow_none=True,
        metadata={"description": "when the claim's grade, score, proposition or stance last changed (UTC, ISO 8601)"},
    )


class ArticleSchema(ma.Schema):
    id = fields.Integer(allow_none=True)
    outlet = fields.String()
    url = fields.String(allow_none=True)
    title = fields.String(allow_none=True)
    published_at = fields.String(allow_none=True)
    language = fields.String()
    credits = fields.List(fields.String())
    voice = fields.String(metadata={"description": "the independence group this article speaks for"})
    conflict = fields.String(allow_none=True)
    created_at = fields.String(allow_none=True)
    text = fields.String(metadata={"description": "the text all offsets point into"})
    claims = fields.List(fields.Nested(ClaimSchema))


class ArticleSummarySchema(ArticleSchema):
    class Meta:
        exclude = ("text", "claims")


class PageArgsSchema(ma.Schema):
    limit = fields.Integer(load_default=None, validate=validate.Range(min=1, max=500))
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
    outlet = DomainField(load_default=None)


class ArticlePageSchema(ma.Schema):
    articles = fields.List(fields.Nested(ArticleSummarySchema))
    next_cursor = fields.String(allow_none=True)


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
    outlet = DomainField(load_default=None)
    party = fields.String(load_default=None, validate=validate.Regexp(PARTY))
    belligerent = fields.Boolean(load_default=None)
    hedged = fields.Boolean(load_default=None)
    min_score = fields.Float(load_default=None, validate=validate.Range(min=0, max=1))
    since = DayOrTimeField(load_default=None)
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
    claims = fields.List(fields.Nested(ClaimSchema))
    next_cursor = fields.String(allow_none=True)


class PropositionSchema(ma.Schema):
    id = fields.Integer()
    claims = fields.List(fields.Nested(ClaimSchema))
    outlets = fields.List(fields.String())
    independent_outlets = fields.Integer()
    origins = fields.List(fields.String())
    independent_origins = fields.Integer()
    grade = fields.Nested(GradeSchema)
    score = fields.Float(allow_none=True)


class PropositionSummarySchema(ma.Schema):
    id = fields.Integer(metadata={"description": "the proposition's id"})
    created_at = fields.String(allow_none=True, metadata={"description": "when its first claim was stored (UTC)"})
    claims = fields.List(fields.Integer(), metadata={"description": "ids of the claims that state this fact"})
    outlets = fields.List(fields.String(), metadata={"description": "domains of the outlets that report it"})
    grade = fields.Nested(GradeSchema)  # of its best-scored supporting claim
    score = fields.Float(allow_none=True, metadata={"description": "score of that claim"})


class PropositionQueryArgsSchema(PageArgsSchema):
    sort = fields.String(
        load_default="id",
        validate=validate.OneOf(["id", "-id"]),
        metadata={"description": "order of the list: 'id' oldest first, '-id' newest first"},
    )


class PropositionPageSchema(ma.Schema):
    propositions = fields.List(fields.Nested(PropositionSummarySchema))
    next_cursor = fields.String(allow_none=True, metadata={"description": "cursor of the next page; null at the end"})


class OutletSchema(ma.Schema):
    domain = fields.String(dump_only=True)
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    owner_group = fields.String(required=True, validate=validate.Length(min=1, max=200))
    wire_agency = fields.Boolean(load_default=False)
    state_affiliation = fields.String(load_default=None, allow_none=True, validate=validate.Regexp(PARTY))
    disinformation = fields.Boolean(load_default=False)
    known = fields.Boolean(dump_only=True)
    names = fields.List(fields.String(validate=validate.Length(min=2, max=100)), load_default=list)


class OutletListSchema(ma.Schema):
    outlets = fields.List(fields.Nested(OutletSchema))


class ActorSchema(ma.Schema):
    name = fields.String()
    aliases = fields.List(fields.String())
    kind = fields.String()


class PartySchema(ma.Schema):
    code = fields.String()
    name = fields.String()
    kind = fields.String()
    actors = fields.List(fields.Nested(ActorSchema))


class PartyListSchema(ma.Schema):
    parties = fields.List(fields.Nested(PartySchema))


class BelligerentSchema(ma.Schema):
    party = fields.String(required=True, validate=validate.Regexp(PARTY))
    since = DayOrTimeField(required=True)


class ConflictSchema(ma.Schema):
    id = fields.String(dump_only=True)
    name = fields.String(required=True, validate=validate.Length(min=1, max=200))
    belligerents = fields.List(fields.Nested(BelligerentSchema), required=True, validate=validate.Length(min=2))
    terms = fields.List(
        fields.String(validate=validate.Length(min=2, max=100)), required=True, validate=validate.Length(min=1)
    )


class ConflictListSchema(ma.Schema):
    conflicts = fields.List(fields.Nested(ConflictSchema))


class HealthSchema(ma.Schema):
    status = fields.String()
    articles = fields.Integer()
    claims = fields.Integer()
    outlets = fields.Integer()
