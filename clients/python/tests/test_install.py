"""pip installs the package into a fresh virtual environment with no network, and its example lists my keys."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path

from . import support

ROOT = Path(__file__).resolve().parent.parent


class InstallTest(unittest.TestCase):
    def test_pip_installs_it_offline_and_the_example_lists_my_keys(self) -> None:
        with tempfile.TemporaryDirectory(prefix="latchkey-venv-") as work:
            # A copy, so the in-tree build leaves nothing behind in the repository.
            source = Path(work, "source")
            shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__", "*.ts"))
            venv = Path(work, "venv")
            subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", str(venv)], check=True)
            python = str(venv / "bin" / "python")
            env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
            # --no-index: nothing from a package index; --no-build-isolation: the environment's setuptools.
            install = subprocess.run(
                [python, "-m", "pip", "install", "--no-index", "--no-build-isolation", "--quiet", str(source)],
                env=env,
                capture_output=True,
                text=True,
                cwd=work,
            )
            self.assertEqual(install.returncode, 0, install.stdout + install.stderr)
            where = subprocess.run(
                [python, "-c", "import latchkey, os; d = os.path.dirname(latchkey.__file__); print(d, os.path.exists(os.path.join(d, 'py.typed')))"],
                env=env,
                capture_output=True,
                text=True,
                cwd=work,
                check=True,
            ).stdout.split()
            self.assertTrue(where[0].startswith(str(venv)), where)
            self.assertEqual(where[1], "True", "py.typed is installed")

            created = support.user().keys.create("installed")
            example = subprocess.run(
                [python, str(ROOT / "examples" / "list_my_keys.py")],
                env={**env, "LATCHKEY_URL": support.URL, "LATCHKEY_EMAIL": support.USER_EMAIL, "LATCHKEY_PASSWORD": support.USER_PASSWORD},
                capture_output=True,
                text=True,
                cwd=work,
            )
            self.assertEqual(example.returncode, 0, example.stderr)
            self.assertIn(created.uuid, example.stdout)
            self.assertIn(created.start, example.stdout)
            self.assertNotIn(created.key, example.stdout)


if __name__ == "__main__":
    unittest.main()
