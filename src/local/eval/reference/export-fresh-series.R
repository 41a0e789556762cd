# Exports the FRESH held-out series of the backtest (`npm run eval -- backtest --half=fresh`) to
# test/fixtures/series/fresh-series.json. Run once, where R is installed:
#   Rscript src/local/eval/reference/export-fresh-series.R test/fixtures/series/fresh-series.json
# A third set, kept apart from real-series.json (whose tuning / held-out halves were looked at while
# tuning): public business and economic series from Debian-packaged R packages NOT used by
# export-series.R (r-cran-ggplot2, r-cran-modeldata, r-cran-quantreg, r-cran-dynlm, r-cran-ttr).
# `source` names the package, dataset and column; `about` paraphrases the R help page.
args <- commandArgs(trailingOnly = TRUE)
out <- if (length(args) >= 1) args[1] else "test/fixtures/series/fresh-series.json"
MAX_POINTS <- 360
series <- list()
source("src/local/eval/reference/series-export.R") # add(): one series into `series`; write_series()
d <- function(name, package) { e <- new.env(); data(list = name, package = package, envir = e); get(name, envir = e) }

# --- ggplot2: txhousing (monthly Texas housing market per city, 2000-2015) ---
tx <- as.data.frame(d("txhousing", "ggplot2"))
txabout <- "Monthly housing market of a Texas city or county, Jan 2000 - Jul 2015: number of sales, total value of sales (dollars), median sale price (dollars) or active listings. TAMU real estate center (recon.tamu.edu), via ggplot2::txhousing."
txs <- function(city, col) {
  x <- tx[tx$city == city, ]; x <- x[order(x$year, x$month), ]
  add(paste0("txhousing.", gsub("[^A-Za-z]", "", city), ".", col), ts(x[[col]], start = c(x$year[1], x$month[1]), frequency = 12),
    "ggplot2", paste0("txhousing[city == \"", city, "\", \"", col, "\"]"), txabout)
}
for (city in c("Houston", "Dallas", "Austin", "San Antonio", "Collin County", "Fort Bend", "Fort Worth", "NE Tarrant County", "Denton County", "Montgomery County", "El Paso", "Lubbock")) txs(city, "sales")
for (city in c("Houston", "Austin", "San Antonio")) txs(city, "volume")
for (city in c("Dallas", "Austin", "El Paso")) txs(city, "median")
for (city in c("Houston", "Fort Worth")) txs(city, "listings")

# --- ggplot2: economics (monthly US economic time series, 1967-2015) ---
ec <- as.data.frame(d("economics", "ggplot2"))
ecabout <- c(pce = "personal consumption expenditures (billions of dollars)", pop = "total population (thousands)", psavert = "personal savings rate",
  uempmed = "median duration of unemployment (weeks)", unemploy = "number of unemployed (thousands)")
for (col in names(ecabout))
  add(paste0("economics.", col), ts(ec[[col]], start = c(1967, 7), frequency = 12), "ggplot2", paste0("economics$", col),
    paste0("Monthly US ", ecabout[[col]], ", Jul 1967 - Apr 2015. Federal Reserve Bank of St. Louis (FRED), via ggplot2::economics."))

# --- modeldata: drinks (monthly US alcoholic beverage sales) and Chicago (daily L-train ridership, summed per week) ---
dr <- as.data.frame(d("drinks", "modeldata"))
add("drinks", ts(dr[[2]], start = c(1992, 1), frequency = 12), "modeldata", "drinks$S4248SM144NCEN",
  "Monthly US merchant wholesalers' sales of beer, wine and distilled alcoholic beverages (millions of dollars), Jan 1992 - Sep 2017. US Census Bureau (FRED S4248SM144NCEN), via modeldata::drinks.")
ch <- as.data.frame(d("Chicago", "modeldata"))
week <- as.integer(floor(as.numeric(ch$date - ch$date[1]) / 7)) # the first day is a Monday (2001-01-22)
full <- table(week) == 7
for (col in c("ridership", "Quincy_Wells", "Austin", "Belmont")) {
  w <- tapply(ch[[col]], week, sum)[full]
  add(paste0("Chicago.", col, ".weekly"), ts(as.numeric(w), start = c(2001, 4), frequency = 52), "modeldata", paste0("Chicago$", col, " (summed per week)"),
    "Daily Chicago L-train boardings (thousands; 'ridership' is the Clark/Lake total the data set is built for, otherwise the named station), Jan 2001 - Aug 2016, summed Monday-Sunday here. Chicago Transit Authority, via modeldata::Chicago (Kuhn & Johnson, Feature Engineering and Selection).")
}

# --- quantreg: gasprice (weekly US regular gasoline retail price) ---
add("gasprice.weekly", ts(as.numeric(d("gasprice", "quantreg")), start = c(1990, 8), frequency = 52), "quantreg", "gasprice",
  "Weekly US average retail price of regular gasoline (cents per gallon), Aug 1990 - Feb 2003. US Energy Information Administration, via quantreg::gasprice (Koenker & Xiao 2006).")

# --- dynlm: M1Germany (quarterly German money demand data) ---
m1z <- d("M1Germany", "dynlm") # zooreg, indexed by yearqtr from 1960 Q1
m1 <- ts(zoo::coredata(m1z), start = c(1960, 1), frequency = 4)
for (col in c("logm1", "logprice", "loggnp", "interest"))
  add(paste0("M1Germany.", col), m1[, col], "dynlm", paste0("M1Germany[, \"", col, "\"]"),
    "Quarterly German M1 money supply (log), price index (log), real GNP (log) and long-run interest rate, 1960-1996. Lütkepohl, Teräsvirta & Wolters (1999) Journal of Applied Econometrics 14, 511-525, via dynlm::M1Germany.")

# --- TTR: ttrc (daily stock prices of a US company, 1985-2006), one close and the summed volume per 5 trading days ---
tt <- as.data.frame(d("ttrc", "TTR"))
k <- seq(5, nrow(tt), by = 5)
add("ttrc.Close.weekly", ts(tt$Close[k], start = c(1985, 1), frequency = 52), "TTR", "ttrc$Close (every 5th trading day)",
  "Daily open/high/low/close prices and volume of a US stock, Jan 1985 - Dec 2006 (TTR's example data), sampled every 5th trading day here.")
add("ttrc.Volume.weekly", ts(as.numeric(tapply(tt$Volume[1:max(k)], rep(seq_along(k), each = 5), sum)), start = c(1985, 1), frequency = 52), "TTR", "ttrc$Volume (summed per 5 trading days)",
  "Daily trading volume of a US stock, Jan 1985 - Dec 2006 (TTR's example data), summed per 5 trading days here.")

write_series(series, out)
