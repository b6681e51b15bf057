"use strict";

