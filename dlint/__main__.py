from dlint.cli.main import main

raise SystemExit(main())
