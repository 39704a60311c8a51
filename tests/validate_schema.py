#!/usr/bin/env python3
"""Validates data files against the input JSON Schema (data/schema/lkjip-input.schema.json)."""
import json
import sys

import jsonschema


def main():
    schema_path, *files = sys.argv[1:]
    with open(schema_path, encoding="utf-8") as handle:
        schema = json.load(handle)
    validator = jsonschema.Draft202012Validator(schema)
    validator.check_schema(schema)
    failed = 0
    for path in files:
        with open(path, encoding="utf-8") as handle:
            errors = sorted(validator.iter_errors(json.load(handle)), key=lambda e: list(e.path))
        for error in errors:
            print(f"{path}: /{'/'.join(str(p) for p in error.path)}: {error.message}")
        failed += bool(errors)
        if not errors:
            print(f"{path}: valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
