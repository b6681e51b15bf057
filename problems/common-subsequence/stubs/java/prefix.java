import java.util.*;
import java.io.*;

