"""`make run` runs this first: one line and status 1 when the window cannot open here."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop.display_check import main  # noqa: E402 - after the path is set

if __name__ == "__main__":
    sys.exit(main())
