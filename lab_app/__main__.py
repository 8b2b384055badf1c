from lab_app.app import main

raise SystemExit(main())
