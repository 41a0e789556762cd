# Reference figures for the Theta module (src/core/forecast/theta.ts, test/core/forecast/theta.test.ts):
# forecast::thetaf (default settings) on a few real series of the backtest, each on its whole history.
# Needs only r-base-core, r-cran-forecast and r-cran-jsonlite; run once, output cached (CI needs no R):
#   Rscript src/local/eval/reference/thetaf-reference.R test/fixtures/series/real-series.json \
#     test/fixtures/series/reference-thetaf.json
suppressMessages({ library(forecast); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
series <- fromJSON(args[1], simplifyVector = FALSE)
NAMES <- c("AirPassengers", "UKgas", "austres", "USMacroG.consumption", "airmiles", "NelPlo.stock.prices", "gold.weekly", "WWWusage")
H <- 8
z <- qnorm(0.9)
out <- list()
for (s in series) {
  if (!(s$name %in% NAMES)) next
  y <- ts(as.numeric(unlist(s$values)), frequency = s$frequency)
  fc <- thetaf(y, h = H, level = 80)
  n <- length(y); m <- frequency(y)
  # thetaf's own seasonality decision, repeated (it does not return it).
  seasonal <- FALSE
  if (m > 1 && !is.constant(y) && n > 2 * m) {
    r <- as.numeric(acf(y, lag.max = m, plot = FALSE)$acf)[-1]
    seasonal <- abs(r[m]) / sqrt((1 + 2 * sum(r[-m]^2)) / n) > qnorm(0.95)
  }
  out[[length(out) + 1]] <- list(
    name = s$name, frequency = m, n = n, seasonal = seasonal,
    alpha = unname(fc$model$alpha), drift = unname(fc$model$drift), sigma2 = unname(fc$model$sigma),
    mean = as.numeric(fc$mean), se = as.numeric((fc$upper[, 1] - fc$mean) / z)
  )
}
writeLines(toJSON(out, digits = 12, auto_unbox = TRUE, pretty = TRUE), args[2])
