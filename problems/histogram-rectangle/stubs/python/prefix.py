import sys
from typing import List


