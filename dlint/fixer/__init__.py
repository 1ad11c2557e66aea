"""Applying the fixes findings carry to the text of a Dockerfile.

- :mod:`~dlint.fixer.edits`: edits on exact spans, every other byte kept;
- :mod:`~dlint.fixer.choice`: which fixes a pass applies (safe only, or unsafe too; never two that overlap);
- :mod:`~dlint.fixer.passes`: fixing in bounded passes, re-linting after each, refusing a result that no longer parses;
- :mod:`~dlint.fixer.files`: fixing one file of a lint run (what ``--fix`` and ``--diff`` run per file);
- :mod:`~dlint.fixer.diff`: the unified diff ``--diff`` prints.
"""
