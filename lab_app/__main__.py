from lab_app.app import run

run()
