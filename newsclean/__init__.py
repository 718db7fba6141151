"""newsclean: clean scraped news articles down to the article itself.

>>> from newsclean import clean
>>> result = clean("Title\\n\\nShare\\n\\nThe article text goes on here, with enough words to read as prose.")
"""

from .config import Config, ConfigError
from .pipeline import Result, clean

__all__ = ["clean", "Config", "ConfigError", "Result", "__version__"]
__version__ = "0.1.0"
