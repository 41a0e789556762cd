# Reference forecasts for the real-data backtest (`npm run eval -- backtest --refresh-reference`):
# Hyndman's R forecast package, forecast::ets and forecast::auto.arima (default settings), fitted at
# every origin of the plan the TypeScript harness writes. Needs only r-base-core and r-cran-forecast.
#   Rscript backtest.R plan.tsv reference.tsv
# plan.tsv, one line per (series, origin), tab-separated:
#   name  frequency  level horizons (1,3,6,12)  total horizons (3,12)  training values (comma-separated)
# reference.tsv, one line per (series, origin, form, horizon):
#   name  n  form  h  ets_mean ets_sd ets_lo ets_hi  arima_mean arima_sd arima_lo arima_hi
# Levels: point forecast and the 80 % prediction interval (sd = interval width / 2 qnorm(0.9)).
# Totals of the next h periods: ARIMA in closed form (psi weights); ets (whose multiplicative forms have
# no closed form) by the mean, sd and 10 % / 90 % quantiles of 200 simulated future paths
# (simulate(..., future = TRUE), seeded).
suppressMessages(library(forecast))
args <- commandArgs(trailingOnly = TRUE)
lines <- readLines(args[1])
out <- file(args[2], "w")
z <- qnorm(0.9)
PATHS <- 200
polynomial_product <- function(a, b) { r <- rep(0, length(a) + length(b) - 1); for (i in seq_along(a)) r[i:(i + length(b) - 1)] <- r[i:(i + length(b) - 1)] + a[i] * b; r }
num <- function(s) if (nchar(s) == 0) integer(0) else as.numeric(strsplit(s, ",")[[1]])
fmt <- function(x) format(x, digits = 10, scientific = FALSE, trim = TRUE)
for (i in seq_along(lines)) {
  f <- strsplit(lines[i], "\t")[[1]]
  name <- f[1]; freq <- as.numeric(f[2]); hl <- num(f[3]); ht <- num(f[4]); y <- ts(num(f[5]), frequency = freq)
  n <- length(y)
  H <- max(c(hl, ht))
  fits <- list(
    ets = tryCatch(ets(y), error = function(e) NULL),
    arima = tryCatch(auto.arima(y), error = function(e) NULL)
  )
  res <- list()
  for (m in names(fits)) {
    fit <- fits[[m]]
    if (is.null(fit)) { res[[m]] <- NULL; next }
    fc <- forecast(fit, h = H, level = 80)
    lev <- lapply(hl, function(h) c(fc$mean[h], (fc$upper[h] - fc$lower[h]) / (2 * z), fc$lower[h], fc$upper[h]))
    tot <- list()
    if (length(ht) > 0 && m == "arima") {
      # ARIMA: the total's variance in closed form from the psi weights of the full (differenced) model,
      # sigma^2 * sum_j (psi_0 + ... + psi_j)^2, as for forecast()'s own intervals (Gaussian errors).
      ar <- -polynomial_product(c(1, -fit$model$phi), c(1, -fit$model$Delta))[-1]
      psi <- c(1, ARMAtoMA(ar = ar, ma = fit$model$theta, lag.max = max(ht) - 1))
      tot <- lapply(ht, function(h) {
        mu <- sum(fc$mean[1:h]); sd <- sqrt(fit$sigma2 * sum(cumsum(psi[1:h])^2))
        c(mu, sd, mu - z * sd, mu + z * sd)
      })
    } else if (length(ht) > 0) {
      set.seed(20261201 + i)
      sims <- replicate(PATHS, as.numeric(simulate(fit, nsim = max(ht), future = TRUE)))
      if (is.null(dim(sims))) sims <- matrix(sims, nrow = 1)
      tot <- lapply(ht, function(h) {
        s <- colSums(sims[1:h, , drop = FALSE])
        c(mean(s), sd(s), quantile(s, 0.1, names = FALSE), quantile(s, 0.9, names = FALSE))
      })
    }
    res[[m]] <- list(level = lev, total = tot)
  }
  row <- function(m, form, k) { r <- res[[m]]; if (is.null(r)) rep("NA", 4) else fmt(r[[form]][[k]]) }
  for (k in seq_along(hl)) writeLines(paste(c(name, n, "level", hl[k], row("ets", "level", k), row("arima", "level", k)), collapse = "\t"), out)
  for (k in seq_along(ht)) writeLines(paste(c(name, n, "total", ht[k], row("ets", "total", k), row("arima", "total", k)), collapse = "\t"), out)
  flush(out)
  if (i %% 20 == 0) cat(sprintf("%d/%d\n", i, length(lines)), file = stderr())
}
close(out)
