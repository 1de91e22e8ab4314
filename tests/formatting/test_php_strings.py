"""``php_strval`` against PHP 8.2's own output.

``php -r 'foreach ([0.1+0.2, 1e20, 2.0, 1.5, 1e15, 123456789012345678.0, -0.0, 1e-5, 0.0001] as $v) echo $v, " ";'``
printed ``0.3 1.0E+20 2 1.5 1.0E+15 1.2345678901235E+17 -0 1.0E-5 0.0001``.
"""

from __future__ import annotations

from broadsheet.formatting.php_strings import php_strval


def test_floats_print_as_php_prints_them() -> None:
    values = [0.1 + 0.2, 1e20, 2.0, 1.5, 1e15, 123456789012345678.0, -0.0, 1e-5, 0.0001]
    assert " ".join(map(php_strval, values)) == "0.3 1.0E+20 2 1.5 1.0E+15 1.2345678901235E+17 -0 1.0E-5 0.0001"


def test_other_scalars_and_arrays() -> None:
    assert [php_strval(v) for v in (True, False, None, 7, "x", [1], {"a": 1})] == ["1", "", "", "7", "x", "Array", "Array"]
