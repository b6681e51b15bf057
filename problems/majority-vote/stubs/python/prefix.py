import sys
from collections import Counter, defaultdict, deque
from typing import Dict, List, Optional, Tuple

