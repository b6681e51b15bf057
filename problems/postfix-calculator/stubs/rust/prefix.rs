#[allow(unused_imports)]
use std::collections::*;
use std::io::{self, Read, Write};

