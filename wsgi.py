"""The only module-level app: gunicorn 'wsgi:app'."""

from service import create_app

app = create_app()
