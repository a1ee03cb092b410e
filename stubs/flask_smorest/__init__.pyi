# Types for the part of flask-smorest the service uses (flask-smorest ships none). Its decorators register
# a view's schemas with the blueprint and hand the view back to Flask unchanged in what Flask calls with,
# so each is typed as returning what it decorates.
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import flask
import marshmallow as ma
from apispec import APISpec

_T = TypeVar("_T")
_Schema = type[ma.Schema] | ma.Schema

class Blueprint(flask.Blueprint):
    description: str
    def __init__(self, name: str, import_name: str, *args: Any, description: str = ..., **kwargs: Any) -> None: ...
    def route(
        self, rule: str, *, parameters: list[Any] | None = ..., tags: list[str] | None = ..., **options: Any
    ) -> Callable[[_T], _T]: ...
    def arguments(
        self,
        schema: _Schema,
        *,
        location: str = ...,
        content_type: str | None = ...,
        required: bool = ...,
        description: str | None = ...,
        example: Any = ...,
        examples: Mapping[str, Any] | None = ...,
        **kwargs: Any,
    ) -> Callable[[_T], _T]: ...
    def response(
        self,
        status_code: int | str,
        schema: _Schema | None = ...,
        *,
        content_type: str | None = ...,
        description: str | None = ...,
        example: Any = ...,
        examples: Mapping[str, Any] | None = ...,
        headers: Mapping[str, Any] | None = ...,
    ) -> Callable[[_T], _T]: ...
    def alt_response(
        self,
        status_code: int | str,
        response: str | None = ...,
        *,
        schema: _Schema | None = ...,
        content_type: str | None = ...,
        description: str | None = ...,
        example: Any = ...,
        examples: Mapping[str, Any] | None = ...,
        headers: Mapping[str, Any] | None = ...,
        success: bool = ...,
    ) -> Callable[[_T], _T]: ...
    @staticmethod
    def doc(**kwargs: Any) -> Callable[[_T], _T]: ...

class Api:
    spec: APISpec
    def __init__(
        self, app: flask.Flask | None = ..., *, spec_kwargs: dict[str, Any] | None = ..., config_prefix: str = ...
    ) -> None: ...
    def init_app(self, app: flask.Flask, *, spec_kwargs: dict[str, Any] | None = ...) -> None: ...
    def register_blueprint(self, blp: Blueprint, *, parameters: list[Any] | None = ..., **options: Any) -> None: ...

def abort(http_status_code: int, **kwargs: Any) -> None: ...
