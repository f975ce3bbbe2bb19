import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Load generator for bench/assessment.sh: each worker takes the free assessment end to end, over
 * and over, as a browser with JavaScript does (htmx: every step is one POST answered with the next
 * step; then the result page), from its own made-up network address. Prints completed assessments
 * per second and the latency of a whole assessment. Run with: java bench/AssessmentLoad.java URL WORKERS SECONDS
 */
public class AssessmentLoad {

    static final String SAFETY = "saddle_numbness=no&bladder_bowel=no&leg_weakness=no&both_legs=no&major_trauma=no"
            + "&fever_unwell=no&cancer_history=no&weight_loss=no&immune_drugs=no&bone_thinning=no&night_pain=no"
            + "&morning_stiffness=no&age_group=20-to-55&pain_new=no&pregnancy=no&recent_surgery=no&not_improving=no";
    static final String PAIN = "pain_now=4&pain_week=5&pain_where=low-back-middle&pain_where=buttock&pain_leg=no"
            + "&pain_duration=over-a-year&pain_worse=sitting&pain_worse=standing-long";
    static final String FUNCTION = "fn_socks=a-little&fn_sitting=some&fn_standing=some&fn_walking=none&fn_lifting=a-lot"
            + "&fn_housework=a-little&fn_bed=none&fn_car=a-little";
    static final String CONTRIBUTORS = "sitting_hours=9&stress=7&sleep=poorly&walking=under-15&check_side_plank=no"
            + "&check_bridge=yes&check_breathing=no&tried_before=stretching&tried_before=massage&relief_lasted=short";
    static final String GOALS = "goal_1=walking&goal_1_now=4&goal_2=gardening&goal_2_now=2";
    static final String[][] STEPS = {{"safety", SAFETY}, {"pain", PAIN}, {"function", FUNCTION},
            {"contributors", CONTRIBUTORS}, {"goals", GOALS}};

    public static void main(String[] args) throws Exception {
        String base = args[0];
        int workers = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        AtomicLong completed = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        List<long[]> latencies = new ArrayList<>();
        long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (int w = 0; w < workers; w++) {
            long[] mine = new long[2_000_000];
            synchronized (latencies) {
                latencies.add(mine);
            }
            pool.submit(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    long started = System.nanoTime();
                    try {
                        if (takeOne(client, base)) {
                            completed.incrementAndGet();
                            if (n < mine.length - 1) {
                                mine[++n] = System.nanoTime() - started;
                                mine[0] = n;
                            }
                        } else {
                            failed.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failed.incrementAndGet();
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(seconds + 60, java.util.concurrent.TimeUnit.SECONDS);
        List<Long> all = new ArrayList<>();
        for (long[] mine : latencies) {
            for (int i = 1; i <= mine[0]; i++) {
                all.add(mine[i]);
            }
        }
        all.sort(null);
        double p50 = all.isEmpty() ? 0 : all.get(all.size() / 2) / 1e6;
        double p99 = all.isEmpty() ? 0 : all.get((int) (all.size() * 0.99)) / 1e6;
        System.out.printf("%d %.1f %.1f %.1f %d%n", completed.get(), completed.get() / (double) seconds, p50, p99, failed.get());
    }

    /** One whole assessment; true when it ended on its result page. */
    static boolean takeOne(HttpClient client, String base) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String address = "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + (1 + random.nextInt(254));
        HttpResponse<String> started = post(client, base + "/assessment", "consent=yes&source=%2Fblog%2Fbench", address);
        String path = started.headers().firstValue("HX-Push-Url").orElse(null);
        if (started.statusCode() != 200 || path == null) {
            return false;
        }
        String token = path.split("/")[2];
        for (String[] step : STEPS) {
            HttpResponse<String> answered = post(client, base + "/assessment/" + token + "/" + step[0], step[1], address);
            if (answered.statusCode() != 200) {
                return false;
            }
        }
        HttpResponse<String> result = client.send(HttpRequest.newBuilder(URI.create(base + "/assessment/" + token))
                .header("X-Forwarded-For", address).GET().build(), HttpResponse.BodyHandlers.ofString());
        return result.statusCode() == 200 && result.body().contains("Your starting level");
    }

    static HttpResponse<String> post(HttpClient client, String url, String body, String address) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", url.substring(0, url.indexOf('/', 8)))
                .header("HX-Request", "true")
                .header("X-Forwarded-For", address)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
