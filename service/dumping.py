"""A schema's dump, planned once: what marshmallow's Schema.dump gives, without its work per value.

marshmallow looks up every field of every nested object anew on each dump (an accessor, a default, the
data key: 152,000 calls for 100 articles' claims, ~1.2 ms of a POST /v1/articles, issue 16). `planned`
reads a schema's dump fields once and dumps with each field's own `_serialize`, so the schema stays the
one place the response is declared (flask-smorest documents it from there) and the output is the same
object. Anything the plan does not know (dump hooks, a field's `attribute`, a dotted name, a custom
accessor, a field that reads no attribute) is left to marshmallow for that schema or field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import marshmallow as ma
from marshmallow import fields, missing
from marshmallow.decorators import POST_DUMP, PRE_DUMP
from marshmallow.utils import ensure_text_type, get_value

Convert = Callable[[Any, str, Any], Any]


def _or_default(value: Any, field: Any) -> Any:
    """A field's value, or its dump default where the object has none (`missing` where neither is)."""
    if value is missing:
        default = field.dump_default
        value = default() if callable(default) else default
    return value


def planned(schema: ma.Schema) -> Callable[[Any], Any]:
    """A function dumping one object (or, for a schema with many=True, a list of them) as `schema.dump` does."""
    if (
        schema._hooks[PRE_DUMP]
        or schema._hooks[POST_DUMP]
        or type(schema).get_attribute is not ma.Schema.get_attribute
        or any(f.attribute is not None or "." in name for name, f in schema.dump_fields.items())
    ):
        return schema.dump
    plan = [
        (name if field.data_key is None else field.data_key, name, field, _converter(field))
        for name, field in schema.dump_fields.items()
    ]
    make = schema.dict_class
    # For a dict (nearly every object a view dumps), a field that reads its attribute and has no default: its
    # key, or nothing where the dict has no such key (nor a method of that name); String's and Boolean's
    # conversions inline (issue 16: some 2,500 fields a POST).
    by_dict = [
        (
            key,
            name,
            _KINDS.get(convert, _CONVERT)
            if field._CHECK_ATTRIBUTE and field.dump_default is missing and not hasattr(dict, name)
            else _GENERIC,
            field,
            convert,
        )
        for key, name, field, convert in plan
    ]

    def one(obj: Any) -> Any:
        if type(obj) is dict:
            return one_dict(obj)
        result = make()
        for key, name, field, convert in plan:
            if not field._CHECK_ATTRIBUTE:
                value = field.serialize(name, obj, accessor=schema.get_attribute)
                if value is not missing:
                    result[key] = value
                continue
            value = _or_default(
                get_value(obj, name, missing), field
            )  # a dict's subclass too: it may answer a missing key
            if value is not missing:
                result[key] = convert(value, name, obj)
        return result

    def one_dict(obj: dict[str, Any]) -> Any:
        result = make()
        for key, name, kind, field, convert in by_dict:
            if kind is _STRING:
                if name in obj:
                    value = obj[name]
                    result[key] = value if value is None or type(value) is str else ensure_text_type(value)
            elif kind is _AS_IT_IS:
                if name in obj:
                    result[key] = obj[name]
            elif kind is _CONVERT:
                if name in obj:
                    result[key] = convert(obj[name], name, obj)
            elif not field._CHECK_ATTRIBUTE:
                value = field.serialize(name, obj, accessor=schema.get_attribute)
                if value is not missing:
                    result[key] = value
            else:
                value = _or_default(obj[name] if name in obj else getattr(obj, name, missing), field)
                if value is not missing:
                    result[key] = convert(value, name, obj)
        return result

    if schema.many:
        return lambda objs: None if objs is None else [one(o) for o in objs]
    return one


def _converter(field: ma.fields.Field[Any]) -> Convert:
    """The field's own serialisation of a value, with List's items and Nested's objects planned too."""
    if type(field) is fields.List:
        item = _converter(field.inner)

        def items(value: Any, attr: str, obj: Any) -> Any:
            return None if value is None else [item(each, attr, obj) for each in value]

        return items
    if type(field) is fields.Nested:
        schema = field.schema  # only/exclude applied
        dump = planned(schema)
        if dump == schema.dump:  # hooks (pass_many among them): marshmallow's own
            return field._serialize
        if field.many and not schema.many:  # a list of the schema's single objects

            def many(value: Any, attr: str, obj: Any) -> Any:
                return None if value is None else [dump(each) for each in value]

            return many

        def nested(value: Any, attr: str, obj: Any) -> Any:
            return None if value is None else dump(value)

        return nested
    leaf: Callable[[Any], Convert] = _LEAVES.get(type(field), _own)
    return leaf(field)


def _own(field: ma.fields.Field[Any]) -> Convert:
    serialize: Convert = field._serialize
    return serialize


def _number(field: ma.fields.Number[Any]) -> Convert:
    if field.as_string or type(field)._format_num is not fields.Number._format_num:
        return field._serialize
    number = field.num_type  # Number._serialize without its calls: None, else the number type's value

    def convert(value: Any, attr: str, obj: Any) -> Any:
        return None if value is None else number(value)

    return convert


def _string(value: Any, attr: str, obj: Any) -> Any:
    """String._serialize: None, else text (bytes decoded as UTF-8)."""
    return value if value is None or type(value) is str else ensure_text_type(value)


def _as_it_is(value: Any, attr: str, obj: Any) -> Any:
    """Field._serialize, which Boolean keeps in marshmallow 4: the value as it is."""
    return value


# How a planned dict's field is read (see planned): its key, then as String converts it, as it is, by its
# converter; or as any object's field is.
_STRING, _AS_IT_IS, _CONVERT, _GENERIC = "string", "as it is", "convert", "generic"


# Leaf fields of the exact classes whose _serialize these repeat (a subclass keeps its own).
_LEAVES: dict[type, Callable[[Any], Convert]] = {
    fields.String: lambda field: _string,
    fields.Integer: _number,
    fields.Float: _number,
    fields.Boolean: lambda field: _as_it_is if type(field)._serialize is fields.Field._serialize else field._serialize,
}
_KINDS: dict[Convert, str] = {_string: _STRING, _as_it_is: _AS_IT_IS}
