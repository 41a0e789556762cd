# Exports the FOURTH fresh held-out set of the backtest (`npm run eval -- backtest --half=fresh4`) to
# test/fixtures/series/fresh4-series.json. Run once, where R is installed (Debian: r-base-core, r-cran-xml2,
# gretl-data), from the repository root:
#   Rscript src/local/eval/reference/export-fresh4-series.R test/fixtures/series/fresh4-series.json /usr/share/gretl/data
# Built on 2026-12-03 (issue 17) to answer whether the pooled advantage over R holds on data sets nobody had
# measured: public business and economic series from a package NO earlier set reads (export-series.R,
# export-fresh-series.R, export-fresh2-series.R, export-fresh3-series.R read Debian R packages and the npm
# package vega-datasets): Debian's gretl-data, the sample files of the gretl econometrics program, each
# file its own data set from its own source — Ramanathan's "Introductory Econometrics with Applications"
# (student-compiled US business series: new-car sales, sealing-compound shipments, a utility's kWh sales,
# NYSE volume, consumer spending on cars, employment, exchange rates, Korea's money and prices), the Euro
# Area-Wide Model (ECB), Swiss pharmaceutical sales and trade (tempdisagg), Swiss unemployment (Pollock),
# West German national accounts (Lütkepohl), euro-area money (Brand & Cassola), Australian prices
# (Johansen), Hamilton's Italian and US prices, US payrolls, production and GDP (MIDAS data), and Capital
# Bikeshare rentals. Files that duplicate data an earlier set reads are left out: bjg (AirPassengers),
# denmark and ukppp (urca), greene5_1 (AER::USMacroG), greene18_1 (AER::BondYield), longley, sw_ch12 and
# sw_ch14 (Stock & Watson's US data, as AER::USMacroSW and lmtest::lhur), djclose and nysewk (daily Dow
# Jones and NYSE as AER::DJFranses and fBasics::nyse), AWM and AWM17 (older editions of AWM18); so are
# returns and dummies, and data9-10 (69 weeks: too short for one weekly origin) and data9-1 (four-week
# periods, not months).
# Short histories, as a sales manager's 3-5 years of monthly data, by a rule fixed before any figure was
# read: data11-1 (48 months) and data7-5 (89 months) as they come, and every second series of data9-11 and
# data9-12 in this script's order cut to its last 60 months.
# Logs (brand_cassola) are exponentiated; bikesharing's daily counts become weekly totals (complete ISO
# weeks); gdp_midas's three month-of-quarter columns are interleaved back into monthly series. `source`
# names the Debian package, the data file (its folder under /usr/share/gretl/data in `about`), the column
# and that step; `about` paraphrases the file's own description.
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "test/fixtures/series/fresh4-series.json"
gretl <- if (length(args) >= 2) args[2] else "/usr/share/gretl/data"
MAX_POINTS <- 360
SHORT_POINTS <- 60
series <- list()
source("src/local/eval/reference/series-export.R") # add(): one series into `series`; write_series()
suppressMessages({ library(xml2) })
PKG <- "gretl-data"

# A gretl data file (.gdt, plain or gzipped XML): its frequency, first observation, description, variable
# labels, observation labels and values (NA for gretl's missing marker).
readgdt <- function(file) {
  con <- gzfile(file.path(gretl, file)); txt <- paste(readLines(con, warn = FALSE, encoding = "UTF-8"), collapse = "\n"); close(con)
  root <- xml_root(read_xml(txt, options = c("NOBLANKS", "HUGE")))
  vars <- xml_find_all(root, ".//variables/variable")
  obs <- xml_find_all(root, ".//observations/obs")
  vals <- do.call(rbind, lapply(strsplit(trimws(xml_text(obs)), "[[:space:]]+"), function(v) suppressWarnings(as.numeric(v))))
  colnames(vals) <- xml_attr(vars, "name")
  list(file = file, freq = as.numeric(xml_attr(root, "frequency")), start = xml_attr(root, "startobs"),
    labels = setNames(xml_attr(vars, "label"), xml_attr(vars, "name")), obs = xml_attr(obs, "label"), values = vals)
}
# A column as a ts from the file's first observation ("1975:1", "1964.1", "1990.01").
col <- function(g, name, transform = identity) {
  p <- as.integer(strsplit(g$start, "[.:]")[[1]])
  ts(transform(g$values[, name]), start = c(p[1], p[2]), frequency = g$freq)
}
short <- function(x) ts(as.numeric(x)[(length(x) - SHORT_POINTS + 1):length(x)], end = end(x), frequency = frequency(x))
# Adds one column of a file; `what` describes it, `cut` keeps its last 60 months.
put <- function(g, name, what, about, transform = identity, note = "", cut = FALSE) {
  y <- col(g, name, transform)
  if (cut) y <- short(y)
  stem <- sub("\\.gdt$", "", basename(g$file))
  add(paste0(gsub("[^A-Za-z0-9]", "_", stem), ".", name, if (cut) ".short" else ""), y, PKG,
    paste0(basename(g$file), "$", name, note, if (cut) " (last 60 months)" else ""),
    paste0(what, if (cut) " (the last 60 months kept here, a short history)" else "", ". ", about,
      " Via the Debian package gretl-data (", g$file, ")."))
}

# --- Ramanathan, Introductory Econometrics with Applications (5th ed.): student-compiled US data ---
ram <- "Ramanathan (2002), Introductory Econometrics with Applications,"
g <- readgdt("ramanathan/data11-1.gdt")
put(g, "TOTALEMP", "Monthly US full-time nonagricultural wage and salary workers (hundred thousands), Jan 1983 - Dec 1986 (48 months, a short history)",
  paste(ram, "data 11-1; source: Employment & Earnings."))
g <- readgdt("ramanathan/data7-5.gdt")
put(g, "Q", "Monthly shipments of a sealing compound used in construction (gallons), Jan 1983 - May 1990", paste(ram, "data 7-5 (compiled by Rodney Random)."))
put(g, "HS", "Monthly US housing starts (thousands), Jan 1983 - May 1990", paste(ram, "data 7-5."))
put(g, "SHC", "Monthly index of street and highway construction, Jan 1983 - May 1990", paste(ram, "data 7-5."))
g <- readgdt("ramanathan/data9-11.gdt")
k <- 0
d911 <- c(volume = "Monthly NYSE reported share volume (millions of shares)", sp500 = "Monthly S&P common stock price index",
  cconf = "Monthly Conference Board consumer confidence index (1985 = 100)", csent = "Monthly University of Michigan index of consumer sentiment (Feb 1966 = 100)")
for (v in names(d911)) {
  k <- k + 1
  put(g, v, paste0(d911[[v]], ", Jan 1980 - Sep 1995"), paste(ram, "data 9-11 (compiled by Brian Wampler; US Statistical Abstract, Standard and Poor's)."), cut = k %% 2 == 0)
}
g <- readgdt("ramanathan/data9-12.gdt")
k <- 0
d912 <- c(pcecars = "Monthly US personal consumption expenditures on new cars (1982 $ billions, seasonally adjusted)",
  credit = "Monthly US installment credit outstanding ($ millions)", cpiused = "Monthly US CPI for used cars (1982-84 = 100, seasonally adjusted)",
  cpigas = "Monthly US CPI for gasoline (1982-84 = 100, seasonally adjusted)", unemprt = "Monthly US unemployment rate (percent)")
for (v in names(d912)) {
  k <- k + 1
  put(g, v, paste0(d912[[v]], ", Jan 1975 - Oct 1991"), paste(ram, "data 9-12 (compiled by Johnfar Kerlee; Citibase)."), cut = k %% 2 == 0)
}
g <- readgdt("ramanathan/data9-3.gdt")
put(g, "reskwh", "Quarterly kilowatt-hour sales of San Diego Gas and Electric to residential customers (millions, quarterly rate), 1972Q2 - 1993Q4", paste(ram, "data 9-3."))
put(g, "nocust", "Quarterly average number of residential customers of San Diego Gas and Electric (thousands), 1972Q2 - 1993Q4", paste(ram, "data 9-3."))
g <- readgdt("ramanathan/data9-7.gdt")
put(g, "QNC", "Quarterly number of new cars sold in the US (thousands, Ward's), 1975Q1 - 1990Q4", paste(ram, "data 9-7 (compiled by Ophir Gottlieb)."))
put(g, "STOCK", "Quarterly number of cars on US roads (thousands), 1975Q1 - 1990Q4", paste(ram, "data 9-7."))
g <- readgdt("ramanathan/data10-1.gdt")
put(g, "M", "Quarterly US money supply M2 (billions of 1987 dollars), 1964Q1 - 1991Q2", paste(ram, "data 10-1."))
put(g, "r", "Quarterly US 3-month Treasury bill rate (auction average, percent), 1964Q1 - 1991Q2", paste(ram, "data 10-1."))
g <- readgdt("ramanathan/data10-3.gdt")
put(g, "exchrate", "Monthly Deutsche Mark per US dollar exchange rate, Jan 1973 - Jan 1986", paste(ram, "data 10-3; source: International Financial Statistics."))
g <- readgdt("ramanathan/data10-8.gdt")
put(g, "exrate", "Quarterly Korean won per US dollar exchange rate (average), 1980Q1 - 1995Q3", paste(ram, "data 10-8 (compiled by Patrick Wise; International Financial Statistics)."))
put(g, "m1_k", "Quarterly Korean money supply M1, 1980Q1 - 1995Q3", paste(ram, "data 10-8."))
put(g, "pricek", "Quarterly Korean wholesale price index (1985 = 100), 1980Q1 - 1995Q3", paste(ram, "data 10-8."))

# --- misc: other sample files, each from its own source ---
g <- readgdt("misc/AWM18.gdt")
awm <- "Euro Area-Wide Model database, 18th update (Fagan, Henry & Mestre 2001, ECB Working Paper 42; EABCN)."
awmabout <- c(YER = "Quarterly euro-area GDP at market prices (chain-linked volume)", PCR = "Quarterly euro-area private consumption (volume)",
  XTR = "Quarterly euro-area exports of goods and services (volume)", HICP = "Quarterly euro-area harmonised consumer price index (not seasonally adjusted)",
  UNN = "Quarterly number of unemployed persons in the euro area (thousands)")
for (v in names(awmabout)) put(g, v, paste0(awmabout[[v]], ", 1970Q1 - 2017Q4"), awm)
g <- readgdt("misc/swisspharma.gdt")
sp <- "Swiss pharmaceutical industry data of the R package tempdisagg (Sax & Steiner 2013), the gretl subset."
put(g, "salesq", "Quarterly sales of the Swiss pharmaceutical industry (index), 1975Q1 - 2011Q2", sp)
put(g, "exportsq", "Quarterly Swiss pharmaceutical exports (millions of Swiss francs), 1975Q1 - 2011Q2", sp)
put(g, "importsq", "Quarterly Swiss pharmaceutical imports (millions of Swiss francs), 1975Q1 - 2011Q2", sp)
g <- readgdt("misc/chomage.gdt")
put(g, "y", "Quarterly Swiss unemployment rate (not seasonally adjusted), 1980Q1 - 1996Q2", "Pollock (2000), Trend estimation and de-trending via rational square-wave filters, Journal of Econometrics 99, 317-334.")
g <- readgdt("misc/wgmacro.gdt")
for (v in c("investment", "income", "consumption"))
  put(g, v, paste0("Quarterly West German ", v, " (billions of DM, seasonally adjusted), 1960Q1 - 1982Q4"), "Luetkepohl (2005), New Introduction to Multiple Time Series Analysis, table E.1.")
g <- readgdt("misc/brand_cassola.gdt")
bc <- "Brand & Cassola (2004), A money demand system for euro area M3, Applied Economics 36, 817-838."
put(g, "m", "Quarterly euro-area nominal money M3 (the data set's logarithm, exponentiated here), 1980Q1 - 1999Q3", bc, exp, " (exp)")
put(g, "y", "Quarterly euro-area real GDP (the data set's logarithm, exponentiated here), 1980Q1 - 1999Q3", bc, exp, " (exp)")
g <- readgdt("misc/australia.gdt")
au <- "Johansen (1995), Likelihood-Based Inference in Cointegrated Vector Autoregressive Models (data supplied by Tony Hall)."
put(g, "PAU", "Quarterly Australian price level, 1972Q1 - 1991Q1", au)
put(g, "E", "Quarterly Australian-US exchange rate, 1972Q1 - 1991Q1", au)
g <- readgdt("misc/hamilton.gdt")
ha <- "Hamilton (1994), Time Series Analysis, chapter 19 (cointegration of prices and the exchange rate)."
put(g, "PC6IT", "Monthly Italian consumer price index (not seasonally adjusted), Jan 1973 - Oct 1989", ha)
put(g, "PZUNEW", "Monthly US consumer price index, all items (not seasonally adjusted), Jan 1973 - Oct 1989", ha)
put(g, "EXRITL", "Monthly lira per US dollar exchange rate, Jan 1973 - Oct 1989", ha)

# --- gdp_midas: quarterly US GDP and its monthly indicators, the month-of-quarter columns interleaved ---
g <- readgdt("misc/gdp_midas.gdt")
mi <- "US data for MIDAS (mixed-frequency) regressions, the vintage of the gretl sample file (FRED: GDPC1, PAYEMS, INDPRO)."
put(g, "qgdp", "Quarterly US GDP ($ billions; the file labels it real GDP, its values are those of nominal GDP), 1947Q1 - 2011Q2", mi)
monthly <- function(stem) ts(as.vector(t(g$values[, paste0(stem, "_m", 1:3)])), start = c(1947, 1), frequency = 12)
add("gdp_midas.payems", monthly("payems"), PKG, "gdp_midas.gdt$payems_m1, payems_m2, payems_m3 (interleaved by month)",
  paste("Monthly US non-farm payroll employment (thousands), 1947 - 2011, the most recent 360 months kept.", mi, "Via the Debian package gretl-data (misc/gdp_midas.gdt)."))
add("gdp_midas.indpro", monthly("indpro"), PKG, "gdp_midas.gdt$indpro_m1, indpro_m2, indpro_m3 (interleaved by month)",
  paste("Monthly US industrial production index, 1947 - 2011, the most recent 360 months kept.", mi, "Via the Debian package gretl-data (misc/gdp_midas.gdt)."))

# --- bikesharing: daily Capital Bikeshare rentals, 2011-2012, as weekly totals of complete ISO weeks ---
g <- readgdt("misc/bikesharing.gdt")
weeklyTotal <- function(values) {
  dates <- as.Date(g$start) + seq_along(values) - 1 # daily, every day of the week (frequency 7)
  key <- format(dates, "%G-%V")
  days <- table(key)
  tot <- tapply(values, key, sum)
  keep <- names(tot)[days[names(tot)] == 7]
  first <- keep[1]
  ts(as.numeric(tot[keep]), start = c(as.integer(substr(first, 1, 4)), as.integer(substr(first, 6, 7))), frequency = 52)
}
bk <- "Capital Bikeshare system, Washington D.C. (Fanaee-T & Gama 2013, UCI bike sharing data set)."
add("bikesharing.cnt.weekly", weeklyTotal(g$values[, "cnt"]), PKG, "bikesharing.gdt$cnt (weekly totals of complete weeks)",
  paste("Bicycles rented per week (all users), Jan 2011 - Dec 2012, the daily counts added over complete ISO weeks.", bk, "Via the Debian package gretl-data (misc/bikesharing.gdt)."))
add("bikesharing.casual.weekly", weeklyTotal(g$values[, "casual"]), PKG, "bikesharing.gdt$casual (weekly totals of complete weeks)",
  paste("Bicycles rented per week by casual (unregistered) users, Jan 2011 - Dec 2012, the daily counts added over complete ISO weeks.", bk, "Via the Debian package gretl-data (misc/bikesharing.gdt)."))

write_series(series, out)
