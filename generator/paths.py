"""Where the toolchain reads and writes; one place so every step agrees."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
SPEC_ROOT = SPEC_DIR / "openapi.yaml"
SPEC_PATHS_DIR = SPEC_DIR / "paths"
SPEC_COMPONENTS_DIR = SPEC_DIR / "components"
PACKAGE_DIR = ROOT / "nexla_api"
GENERATOR_DIR = ROOT / "generator"
TEMPLATES_DIR = GENERATOR_DIR / "templates"
OPC_CONFIG = GENERATOR_DIR / "opc-config.yaml"
BUILD_DIR = ROOT / "build"
RECIPE_SCHEMAS_DIR = ROOT / "nexla_recipes" / "schemas"
RECIPE_MODELS_DIR = ROOT / "nexla_recipes" / "config_models"
# The bundled spec the sandbox serves, shipped inside its package (read with importlib.resources).
SANDBOX_DATA_DIR = ROOT / "nexla_sandbox" / "data"
SANDBOX_SPEC_NAME = "openapi.json"

# Entries of nexla_api/ that the generator owns. Everything else there is hand-written
# and never touched.
GENERATED_ENTRIES = ("api", "connectors", "models", "client.py", "errors.py", "types.py")
