"""The main window: its menus, the registry of panels each capability adds, and About."""
