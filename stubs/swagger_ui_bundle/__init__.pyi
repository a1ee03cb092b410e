swagger_ui_path: str
