package jp.kyodo.search;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A fixed corpus of topics and comments such as Setagaya's residents write, indexed in memory with
 * the production analysis and queries, for the relevance and behaviour tests.
 */
final class SearchCorpus {
  static final List<SearchDocument> DOCUMENTS = new ArrayList<>();

  private static void topic(long id, String title, String text, String area, String district) {
    DOCUMENTS.add(
        new SearchDocument(
            SearchDocument.Kind.TOPIC,
            id,
            id,
            title,
            text,
            "open",
            "town-transport",
            area,
            district,
            Instant.parse("2026-04-01T00:00:00Z").plusSeconds(id * 3600)));
  }

  private static void comment(long id, long topic, String text) {
    DOCUMENTS.add(
        new SearchDocument(
            SearchDocument.Kind.COMMENT,
            id,
            topic,
            null,
            text,
            "open",
            "town-transport",
            null,
            null,
            Instant.parse("2026-05-01T00:00:00Z").plusSeconds(id * 60)));
  }

  static {
    topic(
        1,
        "三軒茶屋駅周辺の自転車駐輪場の増設について",
        "三軒茶屋駅の周辺では放置自転車が多く、駐輪場が不足しています。区の考え方：駐輪場を増やします。",
        "setagaya",
        "taishido");
    topic(
        2, "二子玉川の多摩川河川敷の利用ルール", "河川敷でのバーベキューや、ごみの持ち帰りについてご意見をください。", "tamagawa", "futakotamagawa");
    topic(3, "下北沢の再開発と街並み", "下北沢駅の地下化のあとの線路跡地の活用について。", "kitazawa", "kitazawa");
    topic(4, "区立保育園の待機児童対策", "保育園の入園申込みや保育士の確保について意見を募集します。", null, null);
    topic(5, "ごみの分別と収集日の変更", "資源ごみと可燃ごみの収集日が変わります。ペットボトルの出し方も変わります。", null, null);
    topic(6, "砧公園と羽根木公園の整備計画", "公園のトイレ、遊具、ベンチの改修を計画しています。", "kinuta", "kinuta");
    topic(7, "烏山地区の防災訓練", "千歳烏山駅周辺の避難所と、地震への備えについて。", "karasuyama", "karasuyama");
    topic(8, "東京都と世田谷区の連携によるバス路線", "コミュニティバスの新しい路線を検討しています。", null, null);
    topic(9, "子育て支援センターの利用時間", "子育てひろばや一時預かりの時間を見直します。", null, null);
    topic(10, "図書館の開館時間延長", "区立図書館の夜間開館とWi-Fiの導入について。", null, null);
    topic(11, "経堂駅前の商店街活性化", "経堂の商店街のイベントを支援します。", "setagaya", "kyodo");
    topic(12, "用賀・上用賀の道路の安全対策", "通学路の歩道や信号の改善について。", "tamagawa", "yoga");
    topic(13, "高齢者の見守りと地域包括支援センター", "ひとり暮らしの高齢者の見守りの仕組みについて。", null, null);
    topic(14, "成城学園前駅周辺の交通渋滞", "成城の住宅街を抜ける車が増えています。", "kinuta", "seijo");
    comment(101, 1, "三茶の駅前はいつも自転車でいっぱいで歩きにくいです。");
    comment(102, 1, "駐輪場を地下に作ってほしい。キャロットタワーの近くなど。");
    comment(103, 1, "駐輪場の料金を１日１００円にしてほしいです。");
    comment(104, 2, "河川敷のゴミが増えています。ポイ捨て禁止の看板を立ててください。");
    comment(105, 2, "ニコタマの河原でバーベキューをする人のマナーが悪いです。");
    comment(106, 3, "シモキタのライブハウス文化を守ってほしい。");
    comment(107, 3, "下北沢駅前の広場にベンチがほしいです。");
    comment(108, 4, "保育園に入れず、仕事に復帰できません。");
    comment(109, 4, "ほいくえんの送り迎えに自転車を使っています。駐輪スペースをお願いします。");
    comment(110, 5, "ペットボトルのキャップはどう捨てればいいですか。");
    comment(111, 5, "燃えないゴミの日を月２回にしてほしい。");
    comment(112, 5, "ごみ集積所のカラス対策にネットを配ってください。");
    comment(113, 6, "公園の遊具が古くなっていて、子どもが使うには危ないです。");
    comment(114, 6, "羽根木公園の梅まつりのときは駐車場が足りません。");
    comment(115, 7, "避難所の場所がわかりにくい。烏山小学校はどうですか。");
    comment(116, 7, "地震のときの家具の固定について講習会を開いてほしい。");
    comment(117, 8, "京都のような観光バスではなく、生活のためのバスがほしい。");
    comment(118, 9, "子育てひろばを土曜日も開けてほしいです。");
    comment(119, 10, "図書館でWiFiが使えると助かります。");
    comment(120, 10, "ＷＩＦＩの速度が遅いので改善してください。");
    comment(121, 11, "経堂の農大通り商店街のお祭りが楽しみです。");
    comment(122, 12, "用賀の通学路にガードレールを設置してください。");
    comment(123, 12, "自転車専用レーンを整備してほしい。");
    comment(124, 13, "一人暮らしの母に見守りサービスを使いたい。");
    comment(125, 14, "成城の住宅街は抜け道になっていて危険です。");
    comment(127, 2, "多摩川の花火大会を復活させてほしい。");
    comment(128, 7, "防災倉庫の備蓄品を確認しました。");
    comment(129, 4, "保育士さんの待遇を改善してください。");
    comment(130, 9, "一時預かりの予約がとりにくいです。");
    comment(131, 13, "地域包括支援センターの電話がつながりにくい。");
    comment(132, 11, "商店街のシャッターが目立ちます。空き店舗の活用を。");
    comment(133, 3, "下北沢の古着屋めぐりが好きです。");
    comment(134, 1, "放置自転車の撤去をもっと頻繁にしてください。");
    comment(135, 5, "粗大ごみの申込みをインターネットでしたい。");
    comment(136, 6, "砧公園のサイクリングコースを延長してほしい。");
    comment(137, 8, "東京の区部では珍しい路線なので期待しています。");
  }

  private SearchCorpus() {}

  /** The corpus in a fresh in-memory index. */
  static LuceneIndex index() throws IOException {
    LuceneIndex index = LuceneIndex.create(new ByteBuffersDirectory(), JapaneseAnalysis.load());
    for (SearchDocument d : DOCUMENTS) {
      index.add(d);
    }
    index.commit(OutboxPosition.start("test", 0));
    index.refresh();
    return index;
  }

  static SearchRequest request(String q, int size) {
    return new SearchRequest(
        SearchTerms.parse(q),
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        SearchRequest.Sort.RELEVANCE,
        1,
        size);
  }

  static List<String> keys(SearchHits hits) {
    return hits.hits().stream().map(h -> h.kind().key(h.id())).toList();
  }
}
