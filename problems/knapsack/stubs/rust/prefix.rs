#![allow(unused_imports, dead_code)]
use std::collections::*;
use std::io::{self, Read, Write};

